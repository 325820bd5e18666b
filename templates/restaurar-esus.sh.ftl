#!/usr/bin/env bash
# Restauração da cópia do e-SUS APS PEC de [=municipio.nome_uf] no servidor novo (Linux), com o PEC já instalado
# e o serviço parado. Gerado por gerar-oficios a partir do arquivo do município: corrija o YAML e gere de novo.
#
# Uso:  bash restaurar-esus.sh [--sql] [--forcar] [--pasta PASTA] [NOME-DA-COPIA]
#       bash restaurar-esus.sh --ensaio [--pasta PASTA] [NOME-DA-COPIA]
#
#   NOME-DA-COPIA  [=backup.prefixo]-AAAA-MM-DD (padrão: a cópia mais recente da pasta)
#   --sql          restaura a cópia em SQL puro (.sql.gz) com o psql, em vez da cópia .backup
#   --forcar       substitui o banco mesmo que ele tenha dados que a cópia não tem
#   --pasta PASTA  onde estão os arquivos da cópia (padrão [=backup.pasta_trabalho])
#   --ensaio       o ensaio mensal (POP passo 5.12): restaura a cópia num banco de rascunho,
#                  [=instalacao.banco.nome]_ensaio, confere as linhas de cada tabela e apaga o rascunho; não toca no
#                  banco [=instalacao.banco.nome] nem nos arquivos do PEC e roda com o serviço no ar. Escreve "ensaio ok"
#                  ou "ensaio FALHOU" em PASTA/backup-esus.log; sem terminal, o resto vai para
#                  PASTA/ensaio.detalhes.txt. Sai com erro se a cópia estiver danificada ou as linhas não baterem.
#
# Passos: confere o SHA-256 da cópia; apaga o banco [=instalacao.banco.nome] que o instalador criou e o cria de novo, vazio,
# com a mesma codificação e o mesmo dono; restaura numa transação só, que para no primeiro erro (nada fica pela
# metade); confere as linhas de cada tabela com a contagem feita na cópia; põe no PEC novo o certificado RNDS e as
# chaves do login GOV.BR que vieram do servidor antigo. Rodar de novo restaura de novo, do zero.
set -euo pipefail
umask 077

<#include "comum-esus.sh.ftl">

# O ensaio mensal (--ensaio): a cópia restaurada num banco de rascunho, conferida e apagada. Termina o script.
ensaio() {
  RASCUNHO="$BANCO"_ensaio
  TABELAS= LINHAS= CRIADO=0
  ETAPA="início"
  sem_terminal_para "$PASTA/ensaio.detalhes.txt"
  echo "Ensaio de restauração de $(date --iso-8601=seconds): $PASTA/$NOME no banco de rascunho $RASCUNHO"
  # A saída apaga o rascunho (são dados de saúde) e escreve a linha do backup-esus.log, também quando algo falha.
  fim_do_ensaio() {
    local codigo=$?
    if [ "$CRIADO" = 1 ]; then
      pg dropdb --if-exists "$RASCUNHO" || echo "Aviso: não consegui apagar o banco de rascunho $RASCUNHO" >&2
    fi
    if [ "$codigo" = 0 ]; then
      registrar "ensaio ok" "$NOME" "tabelas=$TABELAS" "linhas=$LINHAS"
    else
      if [ -z "$ERRO_MSG" ]; then
        ERRO_MSG="parou em: $ETAPA"
        if [ ! -t 1 ] && [ -s "$PASTA/ensaio.detalhes.txt" ]; then
          ERRO_MSG="$ERRO_MSG: $(grep -v '^ *$' "$PASTA/ensaio.detalhes.txt" | tail -n 1)"
        fi
      fi
      registrar "ensaio FALHOU" "$NOME" "$ERRO_MSG (código $codigo)"
      echo "ENSAIO FALHOU: a cópia $NOME não pôde ser restaurada como está; faça uma cópia nova e descubra a causa." >&2
    fi
  }
  trap fim_do_ensaio EXIT
  [ -f "$NOME.sha256" ] || falha "não achei $NOME.sha256 em $PASTA"

  ETAPA="resumo SHA-256"
  echo "1/4 Conferindo o resumo SHA-256 da cópia ..."
  if ! CONFERENCIA=$(sha256sum -c "$NOME.sha256" 2>/dev/null); then
    echo "$CONFERENCIA" | grep -v ': OK$' | sed 's/^/    /' >&2
    falha "a cópia $NOME está danificada: não confere com o seu .sha256 em" \
      "$(echo "$CONFERENCIA" | grep -v ': OK$' | sed 's/: .*//' | paste -s -d ' ')"
  fi
  achar_pg_bin
  echo "PostgreSQL do PEC: $PG_BIN ($("$PG_BIN/psql" --version))"
  ETAPA="senha do banco"
  pedir_senha
  pg psql -X -q -A -t -d postgres -c 'SELECT 1' >/dev/null \
    || falha "não consegui entrar no PostgreSQL da porta $PORTA como $USUARIO (o banco está no ar? a senha confere?)"

  # O rascunho tem a codificação e a ordenação do banco de verdade, que só é lido aqui.
  ETAPA="banco de rascunho"
  DONO_CODIFICACAO=$(pg psql -X -q -A -t -F $'\t' -d postgres -v "banco=$BANCO" <<< "SELECT pg_get_userbyid(datdba),
    pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database WHERE datname = :'banco'")
  DONO= CODIFICACAO= COLLATE= CTYPE=
  IFS=$'\t' read -r DONO CODIFICACAO COLLATE CTYPE <<< "$DONO_CODIFICACAO" || true
  CRIAR=(-T template0 -E "${CODIFICACAO:-UTF8}" -O "${DONO:-$USUARIO}")
  [ -z "${COLLATE:-}" ] || CRIAR+=(--lc-collate="$COLLATE" --lc-ctype="$CTYPE")
  echo "2/4 Criando o banco de rascunho $RASCUNHO (${CODIFICACAO:-UTF8}), vazio ..."
  pg dropdb --if-exists "$RASCUNHO" \
    || falha "não consegui apagar o banco de rascunho $RASCUNHO de um ensaio anterior (há alguém conectado a ele?)"
  CRIADO=1
  pg createdb "${CRIAR[@]}" "$RASCUNHO"

  ETAPA="restauração no rascunho"
  echo "3/4 Restaurando $NOME.backup no rascunho, numa transação só ..."
  if ! pg pg_restore --exit-on-error --single-transaction -d "$RASCUNHO" "$NOME.backup" > "$NOME.ensaio.log" 2>&1; then
    tail -n 5 "$NOME.ensaio.log" | sed 's/^/    /' >&2
    falha "o pg_restore não conseguiu restaurar $NOME.backup: $(grep -m 1 'error' "$NOME.ensaio.log" | tr -s '\t ' ' ')"
  fi

  ETAPA="contagem das linhas"
  echo "4/4 Conferindo as linhas de cada tabela com a contagem da cópia ..."
  contar_no_banco "$RASCUNHO" > "$NOME.contagem-ensaio.txt"
  DIFERENCAS=$(LC_ALL=C join -t $'\t' -a 1 -a 2 -e '(nenhuma)' -o 0,1.2,2.2 "$NOME.contagem.txt" \
    "$NOME.contagem-ensaio.txt" | awk -F '\t' '$2 != $3 { print $1 ": " $2 " linhas na cópia, " $3 " no rascunho" }')
  if [ -n "$DIFERENCAS" ]; then
    echo "$DIFERENCAS" | sed 's/^/    /' >&2
    falha "o rascunho restaurado não tem as linhas da cópia em $(echo "$DIFERENCAS" | wc -l) tabela(s):" \
      "$(echo "$DIFERENCAS" | paste -s -d ';' | sed 's/;/; /g')"
  fi
  TABELAS=$(grep -vc '^(objetos grandes)' "$NOME.contagem.txt" || true)
  LINHAS=$(awk -F '\t' '$1 != "(objetos grandes)" { s += $2 } END { print s + 0 }' "$NOME.contagem.txt")
  echo "    Ensaio conferido: $TABELAS tabelas e $LINHAS linhas, iguais às da cópia. O rascunho $RASCUNHO é apagado."
  exit 0
}

PASTA=[=backup.pasta_trabalho_sh]
FORMATO=backup
FORCAR=0
ENSAIO=0
NOME=
while [ $# -gt 0 ]; do
  case "$1" in
    --sql) FORMATO=sql; shift ;;
    --forcar) FORCAR=1; shift ;;
    --ensaio) ENSAIO=1; shift ;;
    --pasta) [ $# -ge 2 ] || falha "--pasta precisa de uma pasta"; PASTA=$2; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    -*) falha "opção desconhecida: $1" ;;
    *) NOME=$(basename -- "$1"); NOME=${NOME%.sha256}; NOME=${NOME%.backup}; NOME=${NOME%.sql.gz}; shift ;;
  esac
done
if [ "$ENSAIO" = 1 ] && { [ "$FORMATO" = sql ] || [ "$FORCAR" = 1 ]; }; then
  falha "--ensaio não se combina com --sql nem com --forcar"
fi

cd "$PASTA" 2>/dev/null || falha "a pasta $PASTA não existe; copie para ela os arquivos da cópia"
PASTA=$(pwd)
if [ -z "$NOME" ]; then
  # A cópia mais recente que está completa (com o .sha256), pela data do nome.
  mapfile -t COPIAS < <(copias_da_pasta)
  for c in ${COPIAS[@]+"${COPIAS[@]}"}; do
    if [ -f "$c.sha256" ]; then NOME=$c; break; fi
  done
  [ -n "$NOME" ] || falha "nenhuma cópia $PREFIXO-AAAA-MM-DD.sha256 em $PASTA"
fi
[ "$ENSAIO" = 0 ] || ensaio
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
