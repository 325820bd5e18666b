<#--
  Checklist de implantação do PEC, para acompanhar e imprimir nas visitas. Os itens vêm de
  templates/checklist.yaml; a situação de cada um, do arquivo do município (os não citados ficam com a
  prioridade do catálogo). As marcas ✅ ⏸️ 🚩 ➖ e a caixa ☐ são desenhadas no PDF e no DOCX.
  ${"\xA0"} é um espaço que não quebra: a marca fica na mesma linha da primeira palavra da situação, e na
  legenda a de cada status e a caixa ☐ com as suas palavras. A caixa abre uma linha (a \ no fim da anterior):
  o PDF pode quebrar a linha logo depois de uma marca, e assim a caixa nunca fica no fim de uma linha, longe de
  "conferido na visita".
  {.a-preencher} no cabeçalho de uma coluna a deixa com uns 4 cm, para marcar a caixa e escrever à mão na visita;
  {.nomes}, largura para cada nome em duas linhas.
  A data da situação vai com ela ("concluído em 18/11/2026"), e não numa coluna própria, para que Item,
  Responsável e Observação tenham largura para ser lidos em linhas.
  As tabelas de cabeçalho igual têm as mesmas larguras de coluna, para que fiquem alinhadas no papel.
-->
# Checklist de implantação do PEC — ${municipio.nome_uf}

Situação em ${hoje.data}: ${checklist.contagem_texto.concluido}, ${checklist.contagem_texto.pendente_alta}, ${checklist.contagem_texto.pendente_baixa} e ${checklist.contagem_texto.nao_se_aplica}, de ${checklist.contagem_texto.total}. Link da instalação: ${instalacao.url} (PEC ${instalacao.versao_pec}, ${instalacao.sistema_operacional_nome}).

Legenda: <#list checklist.legenda as l>${l.marca}${"\xA0"}${l.rotulo}<#sep> · </#sep></#list>\
${checklist.caixa_vazia}${"\xA0"}conferido${"\xA0"}na${"\xA0"}visita.
{.nota}
<#list checklist.grupos as grupo>

## ${grupo.nome?cap_first}

| Situação | Item | Responsável {.nomes} | Observação | Conferência na visita {.a-preencher} |
|---|---|---|---|---|
<#list grupo.itens as item>
| ${item.marca}${"\xA0"}${item.rotulo}<#if item.data?has_content> em${"\xA0"}${item.data}</#if> | ${item.titulo} | ${item.responsavel} | ${item.observacao} | ${checklist.caixa_vazia} |
</#list>
</#list>

Visita em ${"____/____/________"} · Responsável pela visita: ${"______________________________"}
{.nota}
