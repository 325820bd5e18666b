<#--
  Checklist de implantação do PEC, para acompanhar e imprimir nas visitas. Os itens vêm de
  templates/checklist.yaml; a situação de cada um, do arquivo do município (os não citados ficam com a
  prioridade do catálogo). As marcas ✅ ⏸️ 🚩 ➖ e a caixa ☐ são desenhadas no PDF e no DOCX.
  ${"\xA0"} é um espaço que não quebra: a marca fica na mesma linha da primeira palavra da situação.
  {.a-preencher} no cabeçalho de uma coluna a deixa em branco com uns 4 cm, para escrever à mão na visita.
  As tabelas de cabeçalho igual têm as mesmas larguras de coluna, para que fiquem alinhadas no papel.
-->
# Checklist de implantação do PEC — ${municipio.nome_uf}

Situação em ${hoje.data}: ${checklist.contagem.concluido} concluído(s), ${checklist.contagem.pendente_alta} pendente(s) de alta prioridade, ${checklist.contagem.pendente_baixa} pendente(s) de baixa prioridade e ${checklist.contagem.nao_se_aplica} que não se aplica(m), de ${checklist.contagem.total} itens. Link da instalação: ${instalacao.url} (PEC ${instalacao.versao_pec}, ${instalacao.sistema_operacional_nome}).

Legenda: <#list checklist.legenda as l>${l.marca} ${l.rotulo}<#sep> · </#sep></#list> · ${checklist.caixa_vazia} conferido na visita.
{.nota}
<#list checklist.grupos as grupo>

## ${grupo.nome?cap_first}

| Situação | Item | Data | Responsável | Observação | Visita | Anotações da visita {.a-preencher} |
|---|---|---|---|---|:-:|---|
<#list grupo.itens as item>
| ${item.marca}${"\xA0"}${item.rotulo} | ${item.titulo} | ${item.data} | ${item.responsavel} | ${item.observacao} | ${checklist.caixa_vazia} |  |
</#list>
</#list>

Visita em ${"____/____/________"} · Responsável pela visita: ${"______________________________"}
{.nota}
