#!/usr/bin/env bash
# Mede as metas de desempenho da issue 14, sempre pelo lançador ./gerar-oficios (o que o usuário roda):
# - a frio: --version, novo e validar de um arquivo (meta: < 0,3 s cada) e um município com todos os documentos em
#   todos os formatos (meta: < 1 s);
# - lote: N municípios (padrão 200) com todos os formatos e memória limitada a 512 MB, em PDFs por segundo, lado a
#   lado, na mesma execução, com o LibreOffice (quando instalado) convertendo para PDF os DOCX que o próprio lote
#   gerou, dos mesmos documentos (meta: pelo menos 5 vezes os PDFs por segundo do LibreOffice); e, para comparar
#   PDF com PDF, o mesmo lote só em PDF (-f pdf), com a razão dele à parte.
# Uso: bench/desempenho.sh [N] [REPETICOES]   (padrão: 200 municípios; 5 repetições de cada medida a frio)
#      LANCADOR=CAMINHO bench/desempenho.sh ...  mede por outro lançador: o do pacote dos coordenadores
#      (target/pacote/gerar-oficios-VERSAO/gerar-oficios, depois de mvn -P pacote package), o que eles rodam.
#
# A comparação com o LibreOffice: o LibreOffice não gera os documentos, só converte; para ele fazer o mesmo
# trabalho que importa aqui (chegar ao PDF), recebe os DOCX dos 4 documentos (ofício, ticket, POP, checklist) de
# até 25 municípios do lote, numa chamada só (soffice --headless --convert-to pdf), que é o mais rápido que ele
# converte muitos arquivos: um processo, com um perfil numa pasta temporária já criado pela medida a frio. O gerar-oficios, no mesmo intervalo
# de minutos, gera tudo (PDF, DOCX, Markdown e scripts), e a conta conta só os PDFs dele: o DOCX e o Markdown saem
# de graça na comparação. As duas taxas são PDFs por segundo de relógio, na mesma máquina e com a mesma carga.
#
# Cada comando medido tem o código de saída conferido: um que falha para o script com a saída dele.
set -euo pipefail
raiz="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-200}"
reps="${2:-5}"
lancador="$(readlink -f "${LANCADOR:-$raiz/gerar-oficios}")"
echo "lançador: $lancador"
"$lancador" --version >/dev/null # compila e prepara a partida rápida, se preciso, fora das medidas
trab="$(mktemp -d)"
trap 'rm -rf "$trab"' EXIT
mkdir -p "$trab/um" "$trab/lote"
cp "$raiz/municipios/ba-santo-amaro.yaml" "$trab/um/"
export GOVBR_CLIENT_SECRET=bench

# Roda um comando, para o script se ele falhar (mostrando a saída dele) e escreve "relógio usuário sistema" em
# segundos (a CPU é a dos processos que ele rodou) no arquivo $trab/tempo.
rodar() {
  local log="$trab/log" TIMEFORMAT='%R %U %S'
  if ! { time "$@" >"$log" 2>&1; } 2>"$trab/tempo"; then
    echo "desempenho: falhou: $*" >&2
    cat "$log" >&2
    exit 1
  fi
}

# Mediana do tempo de relógio e média da CPU (usuário + sistema) de REPETICOES execuções de um comando; antes de
# cada uma, roda PREPARO (se dado).
medir() {
  local nome="$1" meta="$2"
  shift 2
  local relogios=() cpus=() r u s i
  for ((i = 0; i < reps; i++)); do
    if [ -n "${PREPARO:-}" ]; then eval "$PREPARO"; fi
    rodar "$@"
    read -r r u s <"$trab/tempo"
    relogios+=("$r")
    cpus+=("$(echo "$u + $s" | bc)")
  done
  local mediana media
  mediana=$(printf '%s\n' "${relogios[@]}" | sort -n | sed -n "$(((reps + 1) / 2))p")
  media=$(printf '%s\n' "${cpus[@]}" | awk '{t += $1} END {printf "%.2f", t / NR}')
  printf '%-48s %6.2f s  (CPU %5s s)  meta: %s\n' "$nome" "$mediana" "$media" "$meta"
}

cd "$trab"
echo "== A frio, pelo lançador (mediana de $reps; CPU: média de usuário + sistema) =="
medir "--version" "< 0,3 s" "$lancador" --version
PREPARO='rm -rf "$trab/municipios"' medir "novo BA \"Cidade Nova\"" "< 0,3 s" "$lancador" novo BA "Cidade Nova"
medir "validar de um arquivo" "< 0,3 s" "$lancador" validar "$trab/um/ba-santo-amaro.yaml"
PREPARO='rm -rf "$trab/saida-um"' medir "um município, todos os documentos e formatos" "< 1 s" \
  "$lancador" gerar -o "$trab/saida-um" um
if command -v soffice >/dev/null 2>&1; then
  cp "$trab/saida-um/ba-santo-amaro/oficio-dominio.docx" "$trab/oficio.docx"
  PREPARO='rm -rf "$trab/lo-um"' medir "LibreOffice: o ofício DOCX em PDF" "(comparação)" \
    soffice -env:UserInstallation="file://$trab/lo-perfil" --headless --convert-to pdf --outdir "$trab/lo-um" \
    "$trab/oficio.docx"
fi

# Códigos IBGE inventados: 294nnnn a 299nnnn (a Bahia, 29, tem municípios só até 2933xxx), com o dígito verificador
# (pesos 1,2,1,2,1,2; produto de dois dígitos vira a soma deles): nenhum é de um município de verdade.
ibge() {
  local seis s=0 p k
  seis=$(printf '29%04d' $((4000 + $1)))
  for k in 0 1 2 3 4 5; do
    p=$(( ${seis:k:1} * (k % 2 + 1) ))
    s=$(( s + (p >= 10 ? 1 + p % 10 : p) ))
  done
  echo "$seis$(( (10 - s % 10) % 10 ))"
}
if [ "$n" -gt 5999 ]; then
  echo "desempenho: no máximo 5999 municípios inventados (códigos IBGE 2940001 a 2999999)" >&2
  exit 2
fi
# Lote: o exemplo repetido como municípios diferentes (nome e código IBGE próprios; o nome muda a pasta de saída).
for i in $(seq 1 "$n"); do
  sed -e "s/^\(  *nome: \)Santo Amaro$/\1Santo Amaro $i/" -e "s/\"2928604\"/\"$(ibge "$i")\"/" \
    "$raiz/municipios/ba-santo-amaro.yaml" > "$trab/lote/m$i.yaml"
done

echo
echo "== Lote de $n municípios, todos os formatos, -Xmx512m, pelo lançador =="
pico=""
if command -v /usr/bin/time >/dev/null 2>&1; then
  rodar env JAVA_TOOL_OPTIONS=-Xmx512m /usr/bin/time -f '%M' -o "$trab/pico" "$lancador" gerar -o "$trab/saida-lote" lote
  pico="; pico de memória $(( $(cat "$trab/pico") / 1024 )) MB"
else
  rodar env JAVA_TOOL_OPTIONS=-Xmx512m "$lancador" gerar -o "$trab/saida-lote" lote
fi
read -r total _ <"$trab/tempo"
pdfs=$(find "$trab/saida-lote" -name '*.pdf' | wc -l)
nossa=$(echo "scale=2; $pdfs / $total" | bc | xargs printf '%.1f')
echo "gerar-oficios: $pdfs PDFs (+ DOCX, Markdown e scripts) em ${total} s = $nossa PDFs/s$pico"

# O mesmo lote só em PDF (-f pdf): a outra comparação, PDF contra PDF, sem o DOCX e o Markdown que o lote acima faz
# junto. A meta (5×) é conferida com o lote acima, o de todos os formatos.
rodar env JAVA_TOOL_OPTIONS=-Xmx512m "$lancador" gerar -f pdf -o "$trab/saida-pdf" lote
read -r total_pdf _ <"$trab/tempo"
so_pdf=$(find "$trab/saida-pdf" -name '*.pdf' | wc -l)
nossa_pdf=$(echo "scale=2; $so_pdf / $total_pdf" | bc | xargs printf '%.1f')
echo "gerar-oficios -f pdf: $so_pdf PDFs (só eles) em ${total_pdf} s = $nossa_pdf PDFs/s"

if command -v soffice >/dev/null 2>&1; then
  m=$(( n < 25 ? n : 25 ))
  mkdir -p "$trab/lo-entrada"
  for i in $(seq 1 "$m"); do
    for f in "$trab/saida-lote/ba-santo-amaro-$i/"*.docx; do
      cp "$f" "$trab/lo-entrada/m$i-$(basename "$f")"
    done
  done
  docx=$(find "$trab/lo-entrada" -name '*.docx' | wc -l)
  rodar soffice -env:UserInstallation="file://$trab/lo-perfil" --headless --convert-to pdf --outdir "$trab/lo-saida" \
    "$trab/lo-entrada/"*.docx
  read -r lo _ <"$trab/tempo"
  lopdfs=$(find "$trab/lo-saida" -name '*.pdf' | wc -l)
  if [ "$lopdfs" -ne "$docx" ]; then
    echo "desempenho: o LibreOffice converteu $lopdfs de $docx DOCX" >&2
    exit 1
  fi
  deles=$(echo "scale=2; $lopdfs / $lo" | bc | xargs printf '%.1f')
  echo "LibreOffice:   $lopdfs PDFs (os DOCX de $m municípios do lote) em ${lo} s = $deles PDFs/s"
  echo "razão: $(echo "scale=2; $nossa / $deles" | bc | xargs printf '%.1f')× os PDFs por segundo do LibreOffice (meta: >= 5×)"
  echo "razão só PDF (-f pdf): $(echo "scale=2; $nossa_pdf / $deles" | bc | xargs printf '%.1f')× (comparação, não a meta)"
else
  echo "LibreOffice não instalado (soffice): sem a comparação (meta: >= 5× os PDFs por segundo dele)"
fi
