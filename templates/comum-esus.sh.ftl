<#--
  Partes comuns de backup-esus.sh e restaurar-esus.sh (incluídas pelos dois; não gera arquivo próprio).
  Valores do município: [=...]; variáveis do bash: ${...}, que o FreeMarker não toca nestes modelos.
-->
# ---- dados do município (do arquivo YAML; para mudar, corrija o YAML e gere de novo) ----
MUNICIPIO=[=aspas_sh(municipio.nome_uf)]
PASTA_PEC=[=aspas_sh(instalacao.pasta)]
PORTA=[=instalacao.banco.porta]
BANCO=[=aspas_sh(instalacao.banco.nome)]
USUARIO=[=aspas_sh(instalacao.banco.usuario)]
PREFIXO=[=aspas_sh(backup.prefixo)]
SERVICO=[=aspas_sh(instalacao.servico)]
LINK_INSTALACAO=[=aspas_sh(instalacao.url)]

falha() {
  echo "ERRO: $*" >&2
  exit 1
}

# A pasta bin do PostgreSQL que o instalador do PEC trouxe ($PASTA_PEC/database/<versão>/bin), que em geral não
# está no PATH; PG_BIN=/outra/pasta/bin no ambiente escolhe outra.
achar_pg_bin() {
  if [ -n "${PG_BIN:-}" ]; then
    [ -x "$PG_BIN/pg_dump" ] || falha "PG_BIN=$PG_BIN não tem o pg_dump"
    return
  fi
  local achado
  achado=$(ls -d "$PASTA_PEC"/database/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$achado" ] || [ ! -x "$achado/pg_dump" ]; then
    falha "não achei o PostgreSQL do PEC em $PASTA_PEC/database/*/bin. Confira a pasta do PEC" \
      "(instalacao.pasta no arquivo do município) ou diga onde está: PG_BIN=/caminho/bin bash $0"
  fi
  PG_BIN=$achado
}

# Pede a senha do banco uma vez só (credenciais.txt do PEC), a não ser que já esteja em PGPASSWORD ou no ~/.pgpass.
pedir_senha() {
  if [ -z "${PGPASSWORD:-}" ] && [ ! -r "${PGPASSFILE:-$HOME/.pgpass}" ]; then
    read -r -s -p "Senha do usuário $USUARIO do banco (está no credenciais.txt do PEC): " PGPASSWORD </dev/tty
    echo >&2
    export PGPASSWORD
  fi
}

pg() {
  "$PG_BIN/$1" -h localhost -p "$PORTA" -U "$USUARIO" "${@:2}"
}

# Linhas de cada tabela no banco, no formato da contagem feita na cópia (nome<TAB>linhas), mais os objetos grandes.
contar_no_banco() {
  pg psql -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 -d "$1" -c "
    SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname),
           (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname),
                                                false, true, '')))[1]::text
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname !~ '^pg_(toast|temp)'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                                 AND d.deptype = 'e')
    UNION ALL SELECT '(objetos grandes)', count(*)::text FROM pg_largeobject_metadata" | LC_ALL=C sort
}

# Linhas de cada tabela na cópia em SQL puro (as linhas de cada bloco COPY), do mesmo jeito.
contar_na_copia() {
  gunzip -c "$1" | awk '
    dentro && $0 == "\\." { print nome "\t" linhas; dentro = 0; next }
    dentro { linhas++; next }
    /^SET search_path = / { esquema = $4; sub(/,$/, "", esquema); next }
    /^COPY .* FROM stdin;$/ {
      nome = $0; sub(/^COPY /, "", nome); sub(/ \(.*$/, "", nome); sub(/ FROM stdin;$/, "", nome)
      if (index(nome, ".") == 0 && esquema != "") nome = esquema "." nome
      dentro = 1; linhas = 0; next
    }
    /^SELECT pg_catalog\.lo_create\(/ { objetos++ }
    END { print "(objetos grandes)\t" objetos + 0 }' | LC_ALL=C sort
}

servico_ativo() {
  command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "$SERVICO" 2>/dev/null
}
