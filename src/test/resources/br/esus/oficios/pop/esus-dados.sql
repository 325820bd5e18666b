-- Dados do município (de teste, inventados e determinísticos: carregar duas vezes dá os mesmos bytes). Roda depois de
-- esus-schema.sql e esus-referencia.sql num banco novo. O que tem de sobreviver à cópia e à restauração:
--   * texto acentuado (São João, Conceição, ç, ã, é), aspas simples e duplas, tab, quebra de linha, barra invertida,
--     texto vazio ('') diferente de NULL;
--   * NULLs em colunas de todo tipo; timestamp, timestamptz, date, numeric, boolean, bytea, jsonb;
--   * tb_cidadao com 8.001 linhas (generate_series) com buracos na numeração e uma chave estrangeira para si mesma;
--   * sequências avançadas além do que as linhas mostram (números de prontuário pulados, ids apagados);
--   * objetos grandes (lo_from_bytea): seis referenciados por tb_documento_anexo (um de 320 KB) e um órfão;
--   * linhas de referência mudadas pelo município (LINKINSTALACAO) e acrescentadas (MUNICIPIO_IBGE).

SET client_min_messages = warning;

BEGIN;

UPDATE tb_config_sistema SET ds_texto = 'https://esus.saojoaodelrei.mg.gov.br' WHERE co_config_sistema = 'LINKINSTALACAO';
UPDATE tb_config_sistema SET ds_texto = '7d0a4c4e-3f1b-4a52-9a55-0c1f3e2b9d11' WHERE co_config_sistema = 'INSTALACAO_ID';
INSERT INTO tb_config_sistema (co_config_sistema, ds_texto) VALUES
    ('MUNICIPIO_IBGE', '3162500'),
    ('NOME_MUNICIPIO', 'São João del-Rei');

INSERT INTO tb_unidade_saude (nu_cnes, no_unidade_saude, co_localidade) VALUES
    ('2111111', 'UBS Conceição', (SELECT co_localidade FROM tb_localidade WHERE co_ibge = '3162500')),
    ('2222222', 'ESF São João — Vila Ação', (SELECT co_localidade FROM tb_localidade WHERE co_ibge = '3162500')),
    ('2333333', 'Centro de Saúde Dr. José Inácio', NULL);

INSERT INTO tb_prof (no_profissional, nu_cpf, nu_cns, co_cbo, st_ativo) VALUES
    ('Ana Conceição Araújo', '11111111111', '700000000000001', (SELECT co_cbo FROM tb_cbo WHERE co_cbo_2002 = '225142'), true),
    ('João Gonçalves D''Ávila', '22222222222', NULL, (SELECT co_cbo FROM tb_cbo WHERE co_cbo_2002 = '223565'), true),
    ('Inês Magalhães', NULL, '700000000000003', (SELECT co_cbo FROM tb_cbo WHERE co_cbo_2002 = '322245'), true),
    ('Sebastião Brandão', '44444444444', '700000000000004', (SELECT co_cbo FROM tb_cbo WHERE co_cbo_2002 = '515105'), false),
    ('Luís Simões', '55555555555', NULL, (SELECT co_cbo FROM tb_cbo WHERE co_cbo_2002 = '223293'), true),
    ('Maria Cecília Pêgo', '66666666666', '700000000000006', (SELECT co_cbo FROM tb_cbo WHERE co_cbo_2002 = '225142'), true);

-- 8.010 cidadãos com ids explícitos (a chave para si mesma aponta 50 ids para trás); 9 são apagados abaixo.
INSERT INTO tb_cidadao (co_seq_cidadao, no_cidadao, no_social, nu_cpf, nu_cns, dt_nascimento, co_sexo,
                        co_localidade_endereco, ds_logradouro, co_cidadao_responsavel, st_faleceu, dt_atualizado)
SELECT i,
       (ARRAY ['João', 'Maria', 'José', 'Conceição', 'Luís', 'Ângela', 'Inês', 'Sebastião', 'Açucena', 'Tânia'])[1 + i % 10]
           || ' ' || (ARRAY ['da Silva', 'Gonçalves', 'Araújo', 'Magalhães', 'Conceição', 'Simões', 'Brandão'])[1 + (i / 10) % 7]
           || ' ' || (ARRAY ['Pereira', 'D''Ávila', 'Lopes', 'Ribeiro', 'Câmara'])[1 + (i / 70) % 5],
       CASE WHEN i % 250 = 0 THEN 'Nome social nº ' || i END,
       CASE WHEN i % 10 <> 0 THEN lpad((i * 7919)::text, 11, '0') END,
       CASE WHEN i % 3 = 0 THEN '7' || lpad(i::text, 14, '0') END,
       CASE WHEN i % 101 <> 0 THEN date '1930-01-01' + (i * 37) % 33000 END,
       CASE WHEN i % 97 <> 0 THEN sexo.a[1 + i % 3] END,
       CASE WHEN i % 13 <> 0 THEN loc.a[1 + i % 5] END,
       CASE
           WHEN i % 11 = 0 THEN NULL
           WHEN i % 17 = 0 THEN E'Rua da Conceição, nº ' || i || E'\nFundos\t(casa 2) \\ bloco "B"'
           WHEN i % 19 = 0 THEN ''
           ELSE 'Rua São João, ' || i || ', Centro'
           END,
       CASE WHEN i > 100 AND i % 5 = 0 THEN i - 50 END,
       i % 211 = 0,
       timestamp '2024-03-01 08:00:00' + i * interval '17 minutes 3 seconds'
FROM generate_series(1, 8010) AS i,
     (SELECT array_agg(co_sexo ORDER BY co_sexo) AS a FROM tb_sexo) AS sexo,
     (SELECT array_agg(co_localidade ORDER BY co_ibge) AS a FROM tb_localidade) AS loc
ORDER BY i;

-- Cadastros apagados: buracos na numeração (nenhum deles é responsável por outro: só múltiplos de 5 são).
DELETE FROM tb_cidadao WHERE co_seq_cidadao % 1000 = 1;
SELECT setval(pg_get_serial_sequence('tb_cidadao', 'co_seq_cidadao'), 8010) \g /dev/null

INSERT INTO tb_prontuario (co_cidadao, co_unidade_saude, dt_abertura)
SELECT c.co_seq_cidadao,
       u.a[1 + c.co_seq_cidadao % 3],
       timestamptz '2019-01-02 10:00:00-03' + c.co_seq_cidadao * interval '3 hours 7 minutes'
FROM tb_cidadao c,
     (SELECT array_agg(co_seq_unidade_saude ORDER BY nu_cnes) AS a FROM tb_unidade_saude) AS u
ORDER BY c.co_seq_cidadao;

-- Números de prontuário gastos por cadastros abandonados: a sequência fica à frente do maior número em uso.
SELECT nextval('seq_nu_prontuario') FROM generate_series(1, 3) \g /dev/null

INSERT INTO tb_atend (co_prontuario, co_unidade_saude, dt_inicio, dt_fim, vl_peso, vl_altura, st_registro_tardio,
                      ds_anotacao)
SELECT p.co_seq_prontuario,
       p.co_unidade_saude,
       timestamp '2023-01-02 07:30:00' + (p.co_seq_prontuario * 2 + g) * interval '41 minutes',
       CASE
           WHEN (p.co_seq_prontuario + g) % 9 <> 0
               THEN timestamptz '2023-01-02 08:00:00-03' + (p.co_seq_prontuario * 2 + g) * interval '41 minutes'
           END,
       CASE WHEN p.co_seq_prontuario % 7 <> 0 THEN round(3.2 + ((p.co_seq_prontuario * 13 + g) % 1100) / 10.0, 3) END,
       CASE WHEN p.co_seq_prontuario % 5 <> 0 THEN round(0.45 + (p.co_seq_prontuario % 150) / 100.0, 2) END,
       g = 2 AND p.co_seq_prontuario % 4 = 0,
       CASE (p.co_seq_prontuario + g) % 6
           WHEN 0 THEN NULL
           WHEN 1 THEN 'Paciente refere cefaleia há três dias; orientação dada.'
           WHEN 2 THEN E'Pressão arterial 120x80.\nRetorno em 30 dias.'
           WHEN 3 THEN 'Vacinação em dia — caderneta conferida (ç, ã, é, ô, ü).'
           WHEN 4 THEN E'Anotação com tab\te barra invertida \\ e aspas "duplas" e ''simples''.'
           ELSE ''
           END
FROM tb_prontuario p
         CROSS JOIN generate_series(1, 2) AS g
WHERE p.co_seq_prontuario % 3 <> 0
ORDER BY p.co_seq_prontuario, g;

INSERT INTO tb_atend_prof (co_atend, co_prof, co_cbo, ds_evolucao, dt_assinatura)
SELECT a.co_seq_atend,
       pr.co_seq_prof,
       pr.co_cbo,
       CASE WHEN a.co_seq_atend % 4 <> 0 THEN 'Evolução clínica nº ' || a.co_seq_atend || ': sem intercorrências.' END,
       a.dt_fim
FROM tb_atend a
         JOIN (SELECT co_seq_prof, co_cbo, row_number() OVER (ORDER BY co_seq_prof) - 1 AS k FROM tb_prof) AS pr
              ON pr.k = a.co_seq_atend % 6
ORDER BY a.co_seq_atend;

-- Anexos: o conteúdo em objetos grandes. O primeiro tem 320 KB (160 páginas de pg_largeobject).
INSERT INTO tb_documento_anexo (co_atend_prof, no_arquivo, ds_tipo_mime, co_oid_conteudo, bi_miniatura, dt_envio)
SELECT ap.co_seq_atend_prof,
       'exame-' || k || CASE WHEN k = 3 THEN '-conceição.pdf' ELSE '.pdf' END,
       CASE WHEN k <> 5 THEN 'application/pdf' END,
       lo_from_bytea(0, convert_to('%PDF-1.4 anexo nº ' || k || ' de São João', 'UTF8')
           || CASE
                  WHEN k = 1 THEN (SELECT string_agg(decode(md5(g::text), 'hex'), ''::bytea ORDER BY g)
                                   FROM generate_series(1, 20000) AS g)
                  ELSE decode(repeat('00ff7f80', 256 * k), 'hex')
               END),
       CASE WHEN k % 2 = 0 THEN decode('89504e470d0a1a0a0000000d49484452', 'hex') || convert_to('miniatura ' || k, 'UTF8') END,
       timestamptz '2024-05-10 14:30:00-03' + k * interval '1 day 2 hours'
FROM generate_series(1, 6) AS k
         JOIN tb_atend_prof ap ON ap.co_seq_atend_prof = (SELECT min(co_seq_atend_prof) FROM tb_atend_prof) + k * 97
ORDER BY k;

-- Um objeto grande que nenhuma linha referencia (o PEC deixa alguns): pg_dump o copia do mesmo jeito.
SELECT lo_from_bytea(0, convert_to('objeto grande órfão de Conceição', 'UTF8')) \g /dev/null

INSERT INTO auditoria.tb_evento (co_prof, tp_evento, ds_detalhe, dt_evento)
SELECT CASE WHEN k % 4 <> 0 THEN (SELECT min(co_seq_prof) FROM tb_prof) + k % 6 END,
       (ARRAY ['LOGIN', 'ATUALIZACAO_CADASTRO', 'IMPRESSAO', 'EXPORTACAO'])[1 + k % 4],
       jsonb_build_object('ip', '127.0.0.' || k, 'descricao', 'Ação nº ' || k || ' em São João', 'ok', k % 3 <> 0),
       timestamptz '2024-06-01 09:00:00-03' + k * interval '93 minutes'
FROM generate_series(1, 20) AS k
ORDER BY k;

COMMIT;
