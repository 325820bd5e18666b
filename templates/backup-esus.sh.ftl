#!/usr/bin/env bash
# Cópia do banco e dos arquivos do e-SUS APS PEC de [=municipio.nome_uf], para um servidor Linux.
# Gerado por gerar-oficios a partir do arquivo do município: para mudar um valor, corrija o YAML e gere de novo.
#
# Uso:  bash backup-esus.sh [--agendado] [--pasta PASTA] [--data AAAA-MM-DD]
#
# Na pasta de trabalho (padrão [=backup.pasta_trabalho], que só o seu usuário pode ler), com o nome
# [=backup.prefixo]-AAAA-MM-DD (a data de hoje, ou a de --data):
#   .backup             a cópia do banco no formato personalizado do PostgreSQL, usada na restauração;
#   .sql.gz             a mesma cópia em SQL puro, compactada (restauração alternativa, com o psql);
#   .contagem.txt       as linhas de cada tabela que estão na cópia, conferidas depois da restauração;
#   .arquivos-pec.tar.gz os arquivos do PEC que ficam fora do banco: certificado RNDS (webserver/chaves),
#                       application.properties (chaves do login GOV.BR), credenciais.txt e, no PEC 5.3 ou
#                       mais novo, certmgr/config/ssl.properties;
#   .sha256             o resumo SHA-256 dos quatro arquivos, para conferir a cópia depois da transferência;
#   .verificado         só existe se a cópia foi conferida depois de pronta (sha256sum -c, gzip -t, pg_restore -l).
# Rodar de novo no mesmo dia substitui a cópia do dia por inteiro; nenhum arquivo fica pela metade.
#
# --agendado (para o cron, POP passo 5.12): não pergunta nada (a senha vem do ~/.pgpass ou de PGPASSWORD); para
# se a pasta não tiver livre o dobro da última cópia; depois de conferir a cópia nova, apaga as antigas, guardando
# as 7 mais recentes e, das outras, a mais nova de cada uma das 4 semanas mais recentes (nada é apagado se a cópia
# de hoje não conferir); e escreve uma linha em PASTA/backup-esus.log (ok ou ERRO). Sem terminal, o que ele
# mostraria fica em PASTA/backup-esus.detalhes.txt.
set -euo pipefail
umask 077

<#include "comum-esus.sh.ftl">

PASTA=[=backup.pasta_trabalho_sh]
DATA=$(date +%Y-%m-%d)
AGENDADO=0
while [ $# -gt 0 ]; do
  case "$1" in
    --agendado) AGENDADO=1; shift ;;
    --pasta) [ $# -ge 2 ] || falha "--pasta precisa de uma pasta"; PASTA=$2; shift 2 ;;
    --data) [ $# -ge 2 ] || falha "--data precisa de uma data AAAA-MM-DD"; DATA=$2; shift 2 ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) falha "opção desconhecida: $1 (use --agendado, --pasta PASTA ou --data AAAA-MM-DD)" ;;
  esac
done
[[ "$DATA" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] && date -d "$DATA" >/dev/null 2>&1 \
  || falha "--data $DATA: escreva uma data que exista, como AAAA-MM-DD"

mkdir -p "$PASTA"
chmod 700 "$PASTA"
cd "$PASTA"
PASTA=$(pwd)
NOME="$PREFIXO-$DATA"
ETAPA="início"
APAGADAS=()
SUDO=(sudo)
if [ "$AGENDADO" = 1 ]; then
  SEM_PERGUNTAS=1
  SUDO=(sudo -n)
  sem_terminal_para "$PASTA/backup-esus.detalhes.txt"
  echo "Cópia agendada de $(date --iso-8601=seconds), $NOME"
fi

# Cada arquivo é escrito com a extensão .parcial e só ganha o nome final quando está completo. No modo agendado, a
# saída escreve a linha do backup-esus.log, também quando algo falha no meio.
terminar() {
  local codigo=$?
  rm -f -- "$NOME".*.parcial
  [ "$AGENDADO" = 1 ] || return 0
  if [ "$codigo" = 0 ]; then
    registrar ok "$NOME" "tabelas=$TABELAS" "linhas=$LINHAS" "tamanho=$TAMANHO" \
      "apagadas=$(IFS=,; echo "${APAGADAS[*]:-nenhuma}")"
  else
    if [ -z "$ERRO_MSG" ]; then
      # Um comando que falhou sem passar por falha(): a etapa e a última linha que ele escreveu.
      ERRO_MSG="parou em: $ETAPA"
      if [ ! -t 1 ] && [ -s "$PASTA/backup-esus.detalhes.txt" ]; then
        ERRO_MSG="$ERRO_MSG: $(grep -v '^ *$' "$PASTA/backup-esus.detalhes.txt" | tail -n 1)"
      fi
    fi
    registrar ERRO "$NOME" "$ERRO_MSG (código $codigo; detalhes em $PASTA/backup-esus.detalhes.txt)"
  fi
}
trap terminar EXIT

ETAPA="PostgreSQL do PEC"
achar_pg_bin
echo "PostgreSQL do PEC: $PG_BIN ($("$PG_BIN/pg_dump" --version))"
if servico_ativo; then
  echo "Aviso: o serviço $SERVICO está no ar; a cópia sai consistente, mas o que for gravado depois dela fica de fora." >&2
fi

ETAPA="senha do banco"
pedir_senha
TAMANHO_BANCO=$(pg psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$BANCO" -c 'SELECT pg_database_size(current_database())') \
  || falha "não consegui entrar no banco $BANCO do PostgreSQL da porta $PORTA como $USUARIO (o banco está no ar?" \
    "a senha confere?)"

# Espaço livre na pasta: o dobro do .backup e do .sql.gz da cópia mais recente (ou do tamanho do banco, se não há
# cópia), para não encher o disco onde talvez esteja o próprio banco.
ETAPA="espaço livre"
tamanho() { stat -c %s -- "$1" 2>/dev/null || echo 0; }
ULTIMA=
mapfile -t COPIAS < <(copias_da_pasta)
for c in ${COPIAS[@]+"${COPIAS[@]}"}; do
  if [ -f "$c.backup" ]; then ULTIMA=$c; break; fi
done
if [ -n "$ULTIMA" ]; then
  PRECISA=$(( ($(tamanho "$ULTIMA.backup") + $(tamanho "$ULTIMA.sql.gz")) * 2 / 1024 + 1 ))
  BASE="o dobro do .backup e do .sql.gz de $ULTIMA"
else
  PRECISA=$(( TAMANHO_BANCO * 2 / 1024 + 1 ))
  BASE="o dobro do tamanho do banco $BANCO, sem cópia anterior na pasta"
fi
LIVRE=$(df -P -k -- "$PASTA" | awk 'NR == 2 { print $4 }')
if [ "${LIVRE:-0}" -lt "$PRECISA" ]; then
  FALTA="a pasta $PASTA tem $(numfmt --to=iec $((LIVRE * 1024)))B livres, e a cópia precisa de"
  FALTA="$FALTA $(numfmt --to=iec $((PRECISA * 1024)))B ($BASE)"
  [ "$AGENDADO" = 1 ] && falha "$FALTA; libere espaço no disco ou apague cópias antigas da pasta"
  echo "Aviso: $FALTA; o disco pode encher no meio da cópia." >&2
fi

# A cópia de hoje só volta a ser "verificada" quando for refeita e conferida.
rm -f -- "$NOME.verificado"

ETAPA="cópia do banco (pg_dump)"
echo "1/5 Copiando o banco $BANCO (porta $PORTA) para $NOME.backup ..."
pg pg_dump -F c -b -f "$NOME.backup.parcial" "$BANCO"
mv -f "$NOME.backup.parcial" "$NOME.backup"

# A cópia em SQL sai da cópia acima (o mesmo instante do banco), sem nova conexão e sem SQL descompactado no disco.
ETAPA="cópia em SQL puro"
echo "2/5 Escrevendo a mesma cópia em SQL puro compactado: $NOME.sql.gz ..."
sql_da_copia "$NOME.backup" | gzip -6 > "$NOME.sql.gz.parcial"
mv -f "$NOME.sql.gz.parcial" "$NOME.sql.gz"

ETAPA="contagem das linhas"
echo "3/5 Contando as linhas de cada tabela da cópia: $NOME.contagem.txt ..."
contar_na_copia "$NOME.sql.gz" > "$NOME.contagem.txt.parcial"
mv -f "$NOME.contagem.txt.parcial" "$NOME.contagem.txt"

ETAPA="arquivos do PEC"
echo "4/5 Guardando os arquivos do PEC que ficam fora do banco: $NOME.arquivos-pec.tar.gz ..."
ARQUIVOS=()
for f in webserver/chaves webserver/config/application.properties webserver/config/credenciais.txt \
         certmgr/config/ssl.properties; do
  if [ -e "$PASTA_PEC/$f" ]; then
    ARQUIVOS+=("$f")
    echo "    $PASTA_PEC/$f"
  else
    echo "    (não existe neste servidor: $PASTA_PEC/$f)"
  fi
done
[ ${#ARQUIVOS[@]} -gt 0 ] || ARQUIVOS=(--files-from=/dev/null)
if tar -czf "$NOME.arquivos-pec.tar.gz.parcial" -C "$PASTA_PEC" "${ARQUIVOS[@]}" 2>/dev/null; then
  :
else
  # Arquivos do PEC que só o root lê: a leitura passa pelo sudo, e o arquivo continua do seu usuário. No modo
  # agendado o sudo não pode perguntar a senha.
  "${SUDO[@]}" tar -czf - -C "$PASTA_PEC" "${ARQUIVOS[@]}" > "$NOME.arquivos-pec.tar.gz.parcial" \
    || falha "não consegui ler os arquivos do PEC em $PASTA_PEC, nem pelo sudo$([ "$AGENDADO" = 1 ] \
      && echo ', que no cron não pode pedir senha: agende a cópia no cron do root (sudo crontab -e)')"
fi
mv -f "$NOME.arquivos-pec.tar.gz.parcial" "$NOME.arquivos-pec.tar.gz"

ETAPA="resumo SHA-256"
echo "5/5 Calculando o resumo SHA-256: $NOME.sha256 ..."
sha256sum "$NOME.backup" "$NOME.sql.gz" "$NOME.contagem.txt" "$NOME.arquivos-pec.tar.gz" > "$NOME.sha256.parcial"
mv -f "$NOME.sha256.parcial" "$NOME.sha256"

# A cópia pronta é lida de volta: o resumo de cada arquivo, o gzip inteiro e o índice do .backup. Só então ganha o
# arquivo .verificado.
ETAPA="conferência da cópia"
echo "Conferindo a cópia pronta ..."
CONFERENCIA=$(sha256sum -c "$NOME.sha256" 2>&1) || {
  echo "$CONFERENCIA" | grep -v ': OK$' | sed 's/^/    /' >&2
  falha "a cópia $NOME não confere com o seu .sha256 logo depois de pronta: o disco pode estar com defeito"
}
gzip -t "$NOME.sql.gz" || falha "a cópia $NOME.sql.gz está corrompida (gzip -t)"
"$PG_BIN/pg_restore" -l "$NOME.backup" > /dev/null \
  || falha "o pg_restore não consegue ler a cópia $NOME.backup (pg_restore -l)"
echo "    conferida: sha256sum -c, gzip -t e pg_restore -l"
printf 'conferida em %s: sha256sum -c, gzip -t, pg_restore -l\n' "$(date --iso-8601=seconds)" > "$NOME.verificado.parcial"
mv -f "$NOME.verificado.parcial" "$NOME.verificado"

TABELAS=$(grep -vc '^(objetos grandes)' "$NOME.contagem.txt" || true)
LINHAS=$(awk -F '\t' '$1 != "(objetos grandes)" { s += $2 } END { print s + 0 }' "$NOME.contagem.txt")
OBJETOS=$(awk -F '\t' '$1 == "(objetos grandes)" { print $2 }' "$NOME.contagem.txt")
TAMANHO=$(cat -- "$NOME".{backup,sql.gz,contagem.txt,arquivos-pec.tar.gz,sha256} | wc -c | numfmt --to=iec)

# Retenção, só no modo agendado e só com a cópia de hoje conferida: as 7 cópias mais recentes (pela data do nome)
# e, das mais antigas, a mais nova de cada uma das 4 semanas ISO mais recentes; nunca a cópia conferida mais nova
# nem a de hoje.
if [ "$AGENDADO" = 1 ]; then
  ETAPA="retenção"
  mapfile -t COPIAS < <(copias_da_pasta)
  MAIS_NOVA_CONFERIDA=
  for c in "${COPIAS[@]}"; do
    if [ -f "$c.verificado" ]; then MAIS_NOVA_CONFERIDA=$c; break; fi
  done
  SEMANAS=()
  for i in "${!COPIAS[@]}"; do
    c=${COPIAS[$i]}
    [ "$i" -lt 7 ] && continue
    SEMANA=$(date -d "${c:${#PREFIXO}+1}" +%G-%V)
    if [ ${#SEMANAS[@]} -lt 4 ] && [[ " ${SEMANAS[*]:-} " != *" $SEMANA "* ]]; then
      SEMANAS+=("$SEMANA")
      continue
    fi
    [ "$c" = "$NOME" ] || [ "$c" = "$MAIS_NOVA_CONFERIDA" ] && continue
    rm -rf -- "$c".*
    APAGADAS+=("${c:${#PREFIXO}+1}")
  done
  if [ ${#APAGADAS[@]} -gt 0 ]; then
    echo "Cópias antigas apagadas (ficam as 7 mais recentes e uma de cada uma das 4 semanas anteriores): ${APAGADAS[*]}"
  fi
fi

echo
echo "Cópia pronta e conferida em $PASTA: $TABELAS tabelas, $LINHAS linhas, $OBJETOS objetos grandes."
ls -l "$NOME".*
echo "Para a transferência, leve os arquivos $NOME.* e confira no destino com: sha256sum -c $NOME.sha256"
