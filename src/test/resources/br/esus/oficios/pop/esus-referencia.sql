-- Linhas de referência que o instalador do PEC deixa num banco novo (de teste, não as reais). Um servidor novo,
-- recém-instalado, tem o esquema (esus-schema.sql) e estas linhas; a restauração tem de trocá-las pelas do município.

SET client_min_messages = warning;

INSERT INTO tb_config_sistema (co_config_sistema, ds_texto) VALUES
    ('VERSAOBANCODADOS', '5.3.21'),
    ('LINKINSTALACAO', 'http://localhost:8080'),
    ('TREINAMENTO', 'false'),
    ('INSTALACAO_ID', NULL);

INSERT INTO tb_sexo (no_sexo) VALUES ('MASCULINO'), ('FEMININO'), ('INDETERMINADO');

INSERT INTO tb_cbo (co_cbo_2002, no_cbo) VALUES
    ('225142', 'Médico da estratégia de saúde da família'),
    ('223565', 'Enfermeiro da estratégia de saúde da família'),
    ('322245', 'Técnico de enfermagem da estratégia de saúde da família'),
    ('515105', 'Agente comunitário de saúde'),
    ('223293', 'Cirurgião-dentista da estratégia de saúde da família');

INSERT INTO tb_localidade (no_localidade, co_ibge, sg_uf) VALUES
    ('São João del-Rei', '3162500', 'MG'),
    ('Conceição do Mato Dentro', '3117504', 'MG'),
    ('São Gonçalo do Pará', '3162302', 'MG'),
    ('Brasília', '5300108', 'DF'),
    ('Ibiá', '3129806', 'MG');
