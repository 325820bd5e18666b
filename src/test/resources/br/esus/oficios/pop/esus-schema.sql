-- Esquema de teste parecido com o do e-SUS APS PEC (não é o esquema real): o que o instalador do PEC cria num
-- banco vazio. Serve para testar os comandos de cópia e restauração do POP (pg_dump, pg_restore, psql).
-- O que torna a restauração difícil está aqui de propósito:
--   * chaves estrangeiras em cadeia (tb_documento_anexo -> tb_atend_prof -> tb_atend -> tb_prontuario -> tb_cidadao)
--     e de tabelas de referência (tb_sexo, tb_cbo, tb_localidade), uma delas para a própria tabela (tb_cidadao);
--   * uma chave estrangeira entre esquemas (auditoria.tb_evento -> public.tb_prof);
--   * sequências de serial/bigserial e uma sequência criada à parte, usada pelo DEFAULT de tb_prontuario;
--   * uma visão, índices (um único parcial, um sobre expressão), objetos grandes referenciados por uma coluna oid;
--   * GRANTs para o usuário somente leitura esus_leitura, que o instalador do PEC cria.
-- Pode rodar em mais de um banco do mesmo cluster: o papel esus_leitura só é criado se ainda não existir.

SET client_min_messages = warning;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'esus_leitura') THEN
        CREATE ROLE esus_leitura LOGIN PASSWORD 'leitura-de-teste';
    END IF;
END
$$;

CREATE SCHEMA auditoria;

-- Número do prontuário: sequência própria, não de um serial.
CREATE SEQUENCE seq_nu_prontuario START WITH 1000 INCREMENT BY 1;

CREATE TABLE tb_config_sistema (
    co_config_sistema varchar(255) PRIMARY KEY,
    ds_texto          text
);

-- Tabelas de referência (o instalador as preenche: esus-referencia.sql).
CREATE TABLE tb_sexo (
    co_sexo serial PRIMARY KEY,
    no_sexo varchar(20) NOT NULL UNIQUE
);

CREATE TABLE tb_cbo (
    co_cbo      serial PRIMARY KEY,
    co_cbo_2002 varchar(6)   NOT NULL UNIQUE,
    no_cbo      varchar(200) NOT NULL
);

CREATE TABLE tb_localidade (
    co_localidade serial PRIMARY KEY,
    no_localidade varchar(100) NOT NULL,
    co_ibge       char(7) UNIQUE,
    sg_uf         char(2) NOT NULL
);

-- Dados do município (esus-dados.sql).
CREATE TABLE tb_unidade_saude (
    co_seq_unidade_saude bigserial PRIMARY KEY,
    nu_cnes              varchar(7)   NOT NULL UNIQUE,
    no_unidade_saude     varchar(255) NOT NULL,
    co_localidade        integer REFERENCES tb_localidade (co_localidade)
);

CREATE TABLE tb_prof (
    co_seq_prof     bigserial PRIMARY KEY,
    no_profissional varchar(255) NOT NULL,
    nu_cpf          varchar(11) UNIQUE,
    nu_cns          varchar(15),
    co_cbo          integer NOT NULL REFERENCES tb_cbo (co_cbo),
    st_ativo        boolean NOT NULL DEFAULT true
);

CREATE TABLE tb_cidadao (
    co_seq_cidadao         bigserial PRIMARY KEY,
    no_cidadao             varchar(255) NOT NULL,
    no_social              varchar(255),
    nu_cpf                 varchar(11),
    nu_cns                 varchar(15),
    dt_nascimento          date,
    co_sexo                integer REFERENCES tb_sexo (co_sexo),
    co_localidade_endereco integer REFERENCES tb_localidade (co_localidade),
    ds_logradouro          text,
    co_cidadao_responsavel bigint,
    st_faleceu             boolean NOT NULL DEFAULT false,
    dt_atualizado          timestamp NOT NULL DEFAULT now()
);
ALTER TABLE tb_cidadao
    ADD CONSTRAINT fk_cidadao_responsavel FOREIGN KEY (co_cidadao_responsavel) REFERENCES tb_cidadao (co_seq_cidadao);
CREATE UNIQUE INDEX in_cidadao_cpf ON tb_cidadao (nu_cpf) WHERE nu_cpf IS NOT NULL;
CREATE INDEX in_cidadao_nome ON tb_cidadao (lower(no_cidadao));

CREATE TABLE tb_prontuario (
    co_seq_prontuario bigserial PRIMARY KEY,
    co_cidadao        bigint NOT NULL UNIQUE REFERENCES tb_cidadao (co_seq_cidadao),
    nu_prontuario     bigint NOT NULL DEFAULT nextval('seq_nu_prontuario'),
    co_unidade_saude  bigint NOT NULL REFERENCES tb_unidade_saude (co_seq_unidade_saude),
    dt_abertura       timestamptz NOT NULL
);

CREATE TABLE tb_atend (
    co_seq_atend       bigserial PRIMARY KEY,
    co_prontuario      bigint NOT NULL REFERENCES tb_prontuario (co_seq_prontuario),
    co_unidade_saude   bigint NOT NULL REFERENCES tb_unidade_saude (co_seq_unidade_saude),
    dt_inicio          timestamp NOT NULL,
    dt_fim             timestamptz,
    vl_peso            numeric(6, 3),
    vl_altura          numeric(5, 2),
    st_registro_tardio boolean NOT NULL DEFAULT false,
    ds_anotacao        text
);
CREATE INDEX in_atend_prontuario ON tb_atend (co_prontuario, dt_inicio);

CREATE TABLE tb_atend_prof (
    co_seq_atend_prof bigserial PRIMARY KEY,
    co_atend          bigint  NOT NULL REFERENCES tb_atend (co_seq_atend) ON DELETE CASCADE,
    co_prof           bigint  NOT NULL REFERENCES tb_prof (co_seq_prof),
    co_cbo            integer NOT NULL REFERENCES tb_cbo (co_cbo),
    ds_evolucao       text,
    dt_assinatura     timestamptz
);

-- Anexos: o conteúdo fica num objeto grande (pg_largeobject), a tabela guarda o oid.
CREATE TABLE tb_documento_anexo (
    co_seq_documento_anexo bigserial PRIMARY KEY,
    co_atend_prof          bigint NOT NULL REFERENCES tb_atend_prof (co_seq_atend_prof),
    no_arquivo             varchar(255) NOT NULL,
    ds_tipo_mime           varchar(100),
    co_oid_conteudo        oid NOT NULL,
    bi_miniatura           bytea,
    dt_envio               timestamptz NOT NULL
);

CREATE TABLE auditoria.tb_evento (
    co_seq_evento bigserial PRIMARY KEY,
    co_prof       bigint REFERENCES public.tb_prof (co_seq_prof),
    tp_evento     varchar(30) NOT NULL,
    ds_detalhe    jsonb,
    dt_evento     timestamptz NOT NULL
);

CREATE VIEW vw_atend_cidadao AS
SELECT c.co_seq_cidadao,
       c.no_cidadao,
       count(a.co_seq_atend) AS qt_atend,
       max(a.dt_inicio)      AS dt_ultimo_atend
FROM tb_cidadao c
         JOIN tb_prontuario p ON p.co_cidadao = c.co_seq_cidadao
         LEFT JOIN tb_atend a ON a.co_prontuario = p.co_seq_prontuario
GROUP BY c.co_seq_cidadao, c.no_cidadao;

GRANT USAGE ON SCHEMA auditoria TO esus_leitura;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO esus_leitura;
GRANT SELECT ON ALL TABLES IN SCHEMA auditoria TO esus_leitura;
