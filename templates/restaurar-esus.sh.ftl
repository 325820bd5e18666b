#!/usr/bin/env bash
# Restauração da cópia do e-SUS APS PEC de [=municipio.nome_uf] no servidor novo (Linux), com o PEC já instalado
# e o serviço parado. Gerado por gerar-oficios a partir do arquivo do município: corrija o YAML e gere de novo.
#
# Uso:  bash restaurar-esus.sh [--sql] [--forcar] [--pasta PASTA] [NOME-DA-COPIA]
#
#   NOME-DA-COPIA  [=backup.prefixo]-AAAA-MM-DD (padrão: a cópia mais recente da pasta)
#   --sql          restaura a cópia em SQL puro (.sql.gz) com o psql, em vez da cópia .backup
#   --forcar       substitui o banco mesmo que ele tenha dados que a cópia não tem
#   --pasta PASTA  onde estão os arquivos da cópia (padrão [=backup.pasta_trabalho])
#
# Passos: confere o SHA-256 da cópia; apaga o banco [=instalacao.banco.nome] que o instalador criou e o cria de novo, vazio,
# com a mesma codificação e o mesmo dono; restaura numa transação só, que para no primeiro erro (nada fica pela
# metade); confere as linhas de cada tabela com a contagem feita na cópia; põe no PEC novo o certificado RNDS e as
# chaves do login GOV.BR que vieram do servidor antigo. Rodar de novo restaura de novo, do zero.
set -euo pipefail
umask 077

<#include "comum-esus.sh.ftl">

PASTA=[=backup.pasta_trabalho_sh]
FORMATO=backup
FORCAR=0
NOME=
while [ $# -gt 0 ]; do
  case "$1" in
    --sql) FORMATO=sql; shift ;;
    --forcar) FORCAR=1; shift ;;
    --pasta) [ $# -ge 2 ] || falha "--pasta precisa de uma pasta"; PASTA=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) falha "opção desconhecida: $1" ;;
    *) NOME=$(basename -- "$1"); NOME=${NOME%.sha256}; NOME=${NOME%.backup}; NOME=${NOME%.sql.gz}; shift ;;
  esac
done

cd "$PASTA" 2>/dev/null || falha "a pasta $PASTA não existe; copie para ela os arquivos da cópia"
if [ -z "$NOME" ]; then
  ULTIMO=$(ls -1 -- "$PREFIXO"-*.sha256 2>/dev/null | LC_ALL=C sort | tail -n 1 || true)
  [ -n "$ULTIMO" ] || falha "nenhuma cópia $PREFIXO-AAAA-MM-DD.sha256 em $PASTA"
  NOME=${ULTIMO%.sha256}
fi
[ -f "$NOME.sha256" ] || falha "não achei $NOME.sha256 em $PASTA"
echo "Cópia: $PASTA/$NOME"

echo "1/6 Conferindo o resumo SHA-256 da cópia ..."
if ! CONFERENCIA=$(sha256sum -c "$NOME.sha256" 2>/dev/null); then
  echo "$CONFERENCIA" | grep -v ': OK$' | sed 's/^/    /' >&2
  falha "a cópia não confere com $NOME.sha256 (acima); copie de novo os arquivos que falharam"
fi

achar_pg_bin
echo "PostgreSQL do PEC: $PG_BIN ($("$PG_BIN/psql" --version))"
if servico_ativo; then
  falha "o serviço $SERVICO está no ar; pare-o antes (sudo systemctl stop $SERVICO) e rode de novo"
fi
pedir_senha
pg psql -X -q -A -t -d postgres -c 'SELECT 1' >/dev/null \
  || falha "não consegui entrar no PostgreSQL da porta $PORTA como $USUARIO (o banco está no ar? a senha confere?)"

echo "2/6 Conferindo o banco $BANCO deste servidor ..."
EXISTE=$(pg psql -X -q -A -t -d postgres -v "banco=$BANCO" <<< "SELECT 1 FROM pg_database WHERE datname = :'banco'")
if [ "$EXISTE" = 1 ]; then
  # O banco do instalador tem só a estrutura e os dados de referência. Se alguma tabela tiver mais linhas aqui do que
  # na cópia, este não é o servidor novo (ou a cópia é antiga): nada é apagado sem --forcar.
  MAIS=$(contar_no_banco "$BANCO" | LC_ALL=C join -t $'\t' - "$NOME.contagem.txt" \
    | awk -F '\t' '$2 > $3 { print "    " $1 ": " $2 " linhas aqui, " $3 " na cópia" }')
  if [ -n "$MAIS" ] && [ "$FORCAR" != 1 ]; then
    echo "$MAIS" >&2
    falha "o banco $BANCO deste servidor tem dados que a cópia não tem (acima). Confira se este é o servidor novo" \
      "e se a cópia é a mais recente; para substituir o banco mesmo assim, rode de novo com --forcar"
  fi
  DONO_CODIFICACAO=$(pg psql -X -q -A -t -F $'\t' -d postgres -v "banco=$BANCO" <<< "SELECT pg_get_userbyid(datdba),
    pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database WHERE datname = :'banco'")
  IFS=$'\t' read -r DONO CODIFICACAO COLLATE CTYPE <<< "$DONO_CODIFICACAO"
  echo "3/6 Apagando o banco $BANCO do instalador e criando-o de novo, vazio ($CODIFICACAO, $COLLATE) ..."
  pg dropdb "$BANCO" || falha "não consegui apagar o banco $BANCO: feche os programas conectados a ele (PEC, pgAdmin)"
else
  DONO=$USUARIO CODIFICACAO=UTF8 COLLATE= CTYPE=
  echo "3/6 O banco $BANCO não existe neste servidor; criando-o vazio ..."
fi
CRIAR=(-T template0 -E "$CODIFICACAO" -O "$DONO")
[ -z "$COLLATE" ] || CRIAR+=(--lc-collate="$COLLATE" --lc-ctype="$CTYPE")
pg createdb "${CRIAR[@]}" "$BANCO"

echo "4/6 Restaurando $NOME.$([ "$FORMATO" = sql ] && echo sql.gz || echo backup) numa transação só ..."
LOG="$NOME.restauracao.log"
if [ "$FORMATO" = sql ]; then
  gunzip -c "$NOME.sql.gz" | pg psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d "$BANCO" > "$LOG" 2>&1 \
    || { tail -n 5 "$LOG" >&2; falha "a restauração parou no erro acima (detalhes em $PASTA/$LOG); o banco $BANCO ficou vazio"; }
else
  pg pg_restore --exit-on-error --single-transaction -d "$BANCO" "$NOME.backup" > "$LOG" 2>&1 \
    || { tail -n 5 "$LOG" >&2; falha "a restauração parou no erro acima (detalhes em $PASTA/$LOG); o banco $BANCO ficou vazio"; }
fi
pg psql -X -q -d "$BANCO" -c 'ANALYZE' >/dev/null

echo "5/6 Conferindo as linhas de cada tabela com a contagem da cópia ..."
contar_no_banco "$BANCO" > "$NOME.contagem-restaurada.txt"
if ! DIFERENCAS=$(diff "$NOME.contagem.txt" "$NOME.contagem-restaurada.txt"); then
  echo "$DIFERENCAS" | sed -n 's/^< /    na cópia:     /p; s/^> /    restaurado:   /p' >&2
  falha "o banco restaurado não tem as mesmas linhas da cópia (acima); não inicie o PEC e refaça a restauração"
fi
TABELAS=$(grep -vc '^(objetos grandes)' "$NOME.contagem.txt" || true)
LINHAS=$(awk -F '\t' '$1 != "(objetos grandes)" { s += $2 } END { print s + 0 }' "$NOME.contagem.txt")
echo "    Conferido: $TABELAS tabelas e $LINHAS linhas, iguais às da cópia."
CONFIG=$(pg psql -X -q -A -t -F ' = ' -d "$BANCO" -c "SELECT co_config_sistema, ds_texto FROM tb_config_sistema
  WHERE co_config_sistema IN ('VERSAOBANCODADOS', 'LINKINSTALACAO') ORDER BY 1" 2>/dev/null || true)
if [ -n "$CONFIG" ]; then
  echo "$CONFIG" | sed 's/^/    /'
  if ! echo "$CONFIG" | grep -qxF "LINKINSTALACAO = $LINK_INSTALACAO"; then
    echo "    Atenção: o Link da instalação não é $LINK_INSTALACAO; corrija-o no PEC em Configurações da instalação > Servidores."
  fi
fi

echo "6/6 Pondo no PEC novo os arquivos do servidor antigo ..."
ANTIGO="$NOME.arquivos-pec"
rm -rf -- "$ANTIGO"
mkdir -m 700 "$ANTIGO"
tar -xzf "$NOME.arquivos-pec.tar.gz" -C "$ANTIGO"
# Escreve no PEC pelo sudo só quando o seu usuário não pode.
no_pec() {
  if [ -w "$1" ]; then "${@:2}"; else sudo "${@:2}"; fi
}
if [ -d "$ANTIGO/webserver/chaves" ] && [ -n "$(ls -A "$ANTIGO/webserver/chaves")" ]; then
  [ -d "$PASTA_PEC/webserver/chaves" ] || no_pec "$PASTA_PEC/webserver" mkdir -p "$PASTA_PEC/webserver/chaves"
  no_pec "$PASTA_PEC/webserver/chaves" cp -p "$ANTIGO"/webserver/chaves/* "$PASTA_PEC/webserver/chaves/"
  echo "    certificado RNDS: $(ls "$ANTIGO/webserver/chaves" | tr '\n' ' ')-> $PASTA_PEC/webserver/chaves/"
fi
PROPS="$PASTA_PEC/webserver/config/application.properties"
# Sem o \r de uma cópia feita num servidor Windows.
GOVBR=$(grep '^bridge\.security\.oauth2\.client\.registration\.govbr\.' \
  "$ANTIGO/webserver/config/application.properties" 2>/dev/null | tr -d '\r' || true)
if [ -n "$GOVBR" ]; then
  if [ -f "$PROPS" ] && grep -q '^bridge\.security\.oauth2\.client\.registration\.govbr\.' "$PROPS"; then
    echo "    login GOV.BR: $PROPS já tem as chaves; nada mudou"
  else
    # Uma linha final sem quebra ficaria grudada na primeira chave acrescentada.
    if [ -s "$PROPS" ] && [ -n "$(tail -c 1 "$PROPS")" ]; then GOVBR=$'\n'$GOVBR; fi
    printf '%s\n' "$GOVBR" | no_pec "$(dirname "$PROPS")" tee -a "$PROPS" >/dev/null
    echo "    login GOV.BR: as duas linhas do servidor antigo foram acrescentadas a $PROPS"
  fi
fi
echo "    Ficaram só para consulta, em $PASTA/$ANTIGO: o credenciais.txt antigo (o servidor novo tem o seu) e,"
echo "    se havia, o ssl.properties (o HTTPS do servidor novo é feito pelo instalador, com -cert-domain)."
echo
echo "Restauração concluída. Inicie o serviço (sudo systemctl start $SERVICO) e confira o PEC no navegador."
