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

# A mensagem fica em ERRO_MSG para a linha do registro (backup-esus.log) dos modos sem terminal.
ERRO_MSG=
falha() {
  ERRO_MSG="$*"
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
# Com SEM_PERGUNTAS=1 (o cron) ou sem terminal, não pergunta: sem a senha, para explicando onde gravá-la.
pedir_senha() {
  [ -z "${PGPASSWORD:-}" ] || return 0
  local arquivo=${PGPASSFILE:-$HOME/.pgpass}
  if [ -e "$arquivo" ]; then
    [ -r "$arquivo" ] || falha "não consigo ler $arquivo, onde está a senha do banco"
    # O PostgreSQL ignora, sem dizer nada ao script, um arquivo de senhas que outros usuários podem ler.
    (( (8#$(stat -L -c %a -- "$arquivo") & 8#077) == 0 )) \
      || falha "o PostgreSQL ignora $arquivo porque outros usuários podem lê-lo; corrija com: chmod 600 $arquivo"
    return 0
  fi
  if [ "${SEM_PERGUNTAS:-0}" = 1 ] || ! { true </dev/tty; } 2>/dev/null; then
    falha "falta a senha do banco, e sem terminal o script não pergunta nada: grave-a em ~/.pgpass como diz" \
      "o POP (passo 5.12), ou passe-a em PGPASSWORD"
  fi
  read -r -s -p "Senha do usuário $USUARIO do banco (está no credenciais.txt do PEC): " PGPASSWORD </dev/tty
  echo >&2
  export PGPASSWORD
}

# O SQL de uma cópia .backup na saída padrão. O pg_restore do PostgreSQL 12 em diante pede "-f -" para isso; o dos
# anteriores (o PEC traz o 9.6) escreve na saída padrão sem -f, e com "-f -" criaria um arquivo chamado "-".
sql_da_copia() {
  local versao
  versao=$("$PG_BIN/pg_restore" --version | awk '{ print $3 }' | cut -d. -f1)
  if [[ "$versao" =~ ^[0-9]+$ ]] && [ "$versao" -lt 12 ]; then
    "$PG_BIN/pg_restore" "$1"
  else
    "$PG_BIN/pg_restore" -f - "$1"
  fi
}

pg() {
  "$PG_BIN/$1" -h localhost -p "$PORTA" -U "$USUARIO" "${@:2}"
}

# Linhas de cada tabela no banco, no formato da contagem feita na cópia (nome<TAB>linhas), mais os objetos grandes.
# A contagem de cada tabela é feita por uma função temporária (some quando a conexão fecha), que funciona em
# qualquer PostgreSQL desde o 9.x, sem depender do suporte a XML do servidor.
contar_no_banco() {
  pg psql -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 -d "$1" <<'SQL' | LC_ALL=C sort
CREATE FUNCTION pg_temp.linhas(esquema name, tabela name) RETURNS bigint LANGUAGE plpgsql AS $f$
DECLARE n bigint;
BEGIN
  EXECUTE format('SELECT count(*) FROM %I.%I', esquema, tabela) INTO n;
  RETURN n;
END $f$;
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), pg_temp.linhas(n.nspname, c.relname)::text
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname !~ '^pg_(toast|temp)'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                             AND d.deptype = 'e')
UNION ALL SELECT '(objetos grandes)', count(*)::text FROM pg_largeobject_metadata;
SQL
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

# As cópias da pasta de trabalho (a atual): PREFIXO-AAAA-MM-DD, da mais nova para a mais velha, uma por linha.
copias_da_pasta() {
  local f
  for f in "$PREFIXO"-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].*; do
    if [ -e "$f" ]; then printf '%s\n' "${f:0:${#PREFIXO}+11}"; fi
  done | LC_ALL=C sort -r -u
}

# Sem terminal (o cron), o que o script mostraria vai para um arquivo da pasta, refeito a cada vez; o que fica no
# backup-esus.log é só a linha de cada execução (registrar), e o >> do cron só recebe o que escapar disso.
sem_terminal_para() {
  [ -t 1 ] || exec >"$1" 2>&1
}

# Uma linha no backup-esus.log da pasta de trabalho: data e hora, situação e o resto, numa linha só.
registrar() {
  local texto
  texto=$(printf '%s ' "$@" | tr '\t\r\n' '   ' | sed 's/  */ /g; s/ $//')
  printf '%s %s\n' "$(date --iso-8601=seconds)" "$texto" >> "$PASTA/backup-esus.log"
}

servico_ativo() {
  command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "$SERVICO" 2>/dev/null
}
