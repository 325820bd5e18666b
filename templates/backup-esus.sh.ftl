#!/usr/bin/env bash
# Cópia do banco e dos arquivos do e-SUS APS PEC de [=municipio.nome_uf], para um servidor Linux.
# Gerado por gerar-oficios a partir do arquivo do município: para mudar um valor, corrija o YAML e gere de novo.
#
# Uso:  bash backup-esus.sh [--pasta PASTA] [--data AAAA-MM-DD]
#
# Na pasta de trabalho (padrão [=backup.pasta_trabalho], que só o seu usuário pode ler), com o nome
# [=backup.prefixo]-AAAA-MM-DD (a data de hoje):
#   .backup             a cópia do banco no formato personalizado do PostgreSQL, usada na restauração;
#   .sql.gz             a mesma cópia em SQL puro, compactada (restauração alternativa, com o psql);
#   .contagem.txt       as linhas de cada tabela que estão na cópia, conferidas depois da restauração;
#   .arquivos-pec.tar.gz os arquivos do PEC que ficam fora do banco: certificado RNDS (webserver/chaves),
#                       application.properties (chaves do login GOV.BR), credenciais.txt e, no PEC 5.3 ou
#                       mais novo, certmgr/config/ssl.properties;
#   .sha256             o resumo SHA-256 dos quatro arquivos, para conferir a cópia depois da transferência.
# Rodar de novo no mesmo dia substitui a cópia do dia por inteiro; nenhum arquivo fica pela metade.
set -euo pipefail
umask 077

<#include "comum-esus.sh.ftl">

PASTA=[=backup.pasta_trabalho_sh]
DATA=$(date +%Y-%m-%d)
while [ $# -gt 0 ]; do
  case "$1" in
    --pasta) [ $# -ge 2 ] || falha "--pasta precisa de uma pasta"; PASTA=$2; shift 2 ;;
    --data) [ $# -ge 2 ] || falha "--data precisa de uma data AAAA-MM-DD"; DATA=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) falha "opção desconhecida: $1 (use --pasta PASTA ou --data AAAA-MM-DD)" ;;
  esac
done
[[ "$DATA" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || falha "--data $DATA: escreva a data como AAAA-MM-DD"

achar_pg_bin
echo "PostgreSQL do PEC: $PG_BIN ($("$PG_BIN/pg_dump" --version))"
if servico_ativo; then
  echo "Aviso: o serviço $SERVICO está no ar; a cópia sai consistente, mas o que for gravado depois dela fica de fora." >&2
fi

mkdir -p "$PASTA"
chmod 700 "$PASTA"
cd "$PASTA"
NOME="$PREFIXO-$DATA"
# Cada arquivo é escrito com a extensão .parcial e só ganha o nome final quando está completo.
trap 'rm -f -- "$NOME".*.parcial' EXIT

pedir_senha

echo "1/5 Copiando o banco $BANCO (porta $PORTA) para $NOME.backup ..."
pg pg_dump -F c -b -f "$NOME.backup.parcial" "$BANCO"
mv -f "$NOME.backup.parcial" "$NOME.backup"

# A cópia em SQL sai da cópia acima (o mesmo instante do banco), sem nova conexão e sem SQL descompactado no disco.
echo "2/5 Escrevendo a mesma cópia em SQL puro compactado: $NOME.sql.gz ..."
"$PG_BIN/pg_restore" -f - "$NOME.backup" | gzip -6 > "$NOME.sql.gz.parcial"
mv -f "$NOME.sql.gz.parcial" "$NOME.sql.gz"

echo "3/5 Contando as linhas de cada tabela da cópia: $NOME.contagem.txt ..."
contar_na_copia "$NOME.sql.gz" > "$NOME.contagem.txt.parcial"
mv -f "$NOME.contagem.txt.parcial" "$NOME.contagem.txt"

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
  # Arquivos do PEC que só o root lê: a leitura passa pelo sudo, e o arquivo continua do seu usuário.
  sudo tar -czf - -C "$PASTA_PEC" "${ARQUIVOS[@]}" > "$NOME.arquivos-pec.tar.gz.parcial"
fi
mv -f "$NOME.arquivos-pec.tar.gz.parcial" "$NOME.arquivos-pec.tar.gz"

echo "5/5 Calculando o resumo SHA-256: $NOME.sha256 ..."
sha256sum "$NOME.backup" "$NOME.sql.gz" "$NOME.contagem.txt" "$NOME.arquivos-pec.tar.gz" > "$NOME.sha256.parcial"
mv -f "$NOME.sha256.parcial" "$NOME.sha256"

TABELAS=$(grep -vc '^(objetos grandes)' "$NOME.contagem.txt" || true)
LINHAS=$(awk -F '\t' '$1 != "(objetos grandes)" { s += $2 } END { print s + 0 }' "$NOME.contagem.txt")
OBJETOS=$(awk -F '\t' '$1 == "(objetos grandes)" { print $2 }' "$NOME.contagem.txt")
echo
echo "Cópia pronta em $PASTA: $TABELAS tabelas, $LINHAS linhas, $OBJETOS objetos grandes."
ls -l "$NOME".*
echo "Para a transferência, leve os cinco arquivos $NOME.* e confira no destino com: sha256sum -c $NOME.sha256"
