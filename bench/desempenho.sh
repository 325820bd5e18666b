#!/usr/bin/env bash
# Mede as metas de desempenho do DESIGN.md: um município a frio (< 1 s) e um lote (>= 140 PDFs/s em 2 núcleos),
# com memória limitada a 512 MB. Uso: bench/desempenho.sh [QUANTOS_MUNICIPIOS]   (padrão: 300)
# Mede duas vezes: com "java -jar" puro e pelo lançador ./gerar-oficios (o que o usuário roda: só C1 e AppCDS).
set -euo pipefail
raiz="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-300}"
jar="$raiz/target/gerar-oficios.jar"
"$raiz/gerar-oficios" --version >/dev/null
trab="$(mktemp -d)"
trap 'rm -rf "$trab"' EXIT
mkdir -p "$trab/um" "$trab/lote"
cp "$raiz/municipios/ba-santo-amaro.yaml" "$trab/um/"

agora() { date +%s.%N; }

cd "$trab"
ini=$(agora)
GOVBR_CLIENT_SECRET=bench java -Xmx512m -jar "$jar" gerar -o "$trab/saida-um" um >/dev/null 2>&1
fim=$(agora)
frio=$(echo "$fim - $ini" | bc)
echo "um município, todos os documentos e formatos, a frio (java -jar): ${frio} s (meta: < 1 s)"
rm -rf "$trab/saida-um"
ini=$(agora)
GOVBR_CLIENT_SECRET=bench "$raiz/gerar-oficios" gerar -o "$trab/saida-um" um >/dev/null 2>&1
fim=$(agora)
echo "um município, todos os documentos e formatos, a frio (./gerar-oficios): $(echo "$fim - $ini" | bc) s (meta: < 1 s)"

# Código IBGE 29xxxx com o dígito verificador (pesos 1,2,1,2,1,2; produto de dois dígitos vira a soma deles).
ibge() {
  local seis s=0 p k
  seis=$(printf '29%04d' "$1")
  for k in 0 1 2 3 4 5; do
    p=$(( ${seis:k:1} * (k % 2 + 1) ))
    s=$(( s + (p >= 10 ? 1 + p % 10 : p) ))
  done
  echo "$seis$(( (10 - s % 10) % 10 ))"
}
# Lote: o exemplo repetido como municípios diferentes (nome e código IBGE próprios; o nome muda a pasta de saída).
for i in $(seq 1 "$n"); do
  sed -e "s/^\(  *nome: \)Santo Amaro$/\1Santo Amaro $i/" -e "s/\"2928604\"/\"$(ibge "$i")\"/" \
    "$raiz/municipios/ba-santo-amaro.yaml" > "$trab/lote/m$i.yaml"
done
ini=$(agora)
GOVBR_CLIENT_SECRET=bench java -Xmx512m -jar "$jar" gerar -o "$trab/saida-lote" lote >/dev/null 2>&1
fim=$(agora)
total=$(echo "$fim - $ini" | bc)
pdfs=$(find "$trab/saida-lote" -name '*.pdf' | wc -l)
echo "lote de $n municípios (java -jar): $pdfs PDFs (+ DOCX e Markdown) em ${total} s = $(echo "scale=1; $pdfs / $total" | bc) PDFs/s (meta: >= 140)"
rm -rf "$trab/saida-lote"
ini=$(agora)
GOVBR_CLIENT_SECRET=bench "$raiz/gerar-oficios" gerar -o "$trab/saida-lote" lote >/dev/null 2>&1
fim=$(agora)
total=$(echo "$fim - $ini" | bc)
pdfs=$(find "$trab/saida-lote" -name '*.pdf' | wc -l)
echo "lote de $n municípios (./gerar-oficios): $pdfs PDFs (+ DOCX e Markdown) em ${total} s = $(echo "scale=1; $pdfs / $total" | bc) PDFs/s (meta: >= 140)"
