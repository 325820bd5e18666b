# Cópia do banco e dos arquivos do e-SUS APS PEC de [=municipio.nome_uf], para um servidor Windows.
# Gerado por gerar-oficios a partir do arquivo do município: para mudar um valor, corrija o YAML e gere de novo.
#
# Uso:  powershell -ExecutionPolicy Bypass -File backup-esus.ps1 [-Pasta PASTA] [-Data AAAA-MM-DD]
#
# Na pasta de trabalho (padrão [=backup.pasta_trabalho], que só o seu usuário, o SYSTEM e os Administradores abrem),
# com o nome [=backup.prefixo]-AAAA-MM-DD (a data de hoje):
#   .backup              a cópia do banco no formato personalizado do PostgreSQL, usada na restauração;
#   .sql.gz              a mesma cópia em SQL puro, compactada (restauração alternativa, com o psql);
#   .contagem.txt        as linhas de cada tabela que estão na cópia, conferidas depois da restauração;
#   .arquivos-pec.tar.gz os arquivos do PEC que ficam fora do banco: certificado RNDS (webserver\chaves),
#                        application.properties (chaves do login GOV.BR), credenciais.txt e, no PEC 5.3 ou
#                        mais novo, certmgr\config\ssl.properties;
#   .sha256              o resumo SHA-256 dos quatro arquivos, para conferir a cópia depois da transferência.
# São os mesmos arquivos do backup-esus.sh do Linux: uma cópia feita aqui restaura num servidor Linux, e a de lá
# restaura aqui. Rodar de novo no mesmo dia substitui a cópia do dia por inteiro; nenhum arquivo fica pela metade.
# O PostgreSQL usado é o que veio com o PEC; para usar outro, defina antes $env:PG_BIN com a pasta bin dele.
[CmdletBinding(PositionalBinding = $false)]
param(
  [string]$Pasta = '',
  [string]$Data = ''
)

<#include "comum-esus.ps1.ftl">

if (-not $Pasta) {
  $Pasta = $PastaPadrao
}
if (-not $Data) {
  $Data = (Get-Date).ToString('yyyy-MM-dd', [Globalization.CultureInfo]::InvariantCulture)
}
if ($Data -notmatch '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') {
  Falhar "-Data $($Data): escreva a data como AAAA-MM-DD"
}
$Nome = "$Prefixo-$Data"

Write-Host "Cópia do e-SUS APS PEC de $Municipio"
try {
  $PgBin = AcharPgBin
  Write-Host "PostgreSQL do PEC: $PgBin ($(VersaoPg 'pg_dump'))"
  if (ServicoAtivo) {
    Avisar ("o serviço $Servico está no ar; a cópia sai consistente, mas o que for gravado depois dela " +
      'fica de fora.')
  }

  $Pasta = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Pasta)
  $null = [IO.Directory]::CreateDirectory($Pasta)
  ProtegerPasta $Pasta $false
  $PastaTrabalho = $Pasta
  $Base = Join-Path $Pasta $Nome
  # Cada arquivo é escrito com a extensão .parcial e só ganha o nome final quando está completo.

  PedirSenha

  Write-Host "1/5 Copiando o banco $Banco (porta $Porta) para $Nome.backup ..."
  Pg 'pg_dump' @('-F', 'c', '-b', '-f', "$Base.backup.parcial", $Banco) "não consegui copiar o banco $Banco"
  Trocar "$Base.backup.parcial" "$Base.backup"

  # A cópia em SQL sai da cópia acima (o mesmo instante do banco), sem nova conexão. O pg_restore a grava num
  # arquivo .sql (nunca por um pipe do PowerShell, que mudaria os bytes), compactado em seguida e apagado.
  Write-Host "2/5 Escrevendo a mesma cópia em SQL puro compactado: $Nome.sql.gz ..."
  $sqlPuro = "$Base.sql.parcial"
  Executar (PgExe 'pg_restore') @('-f', $sqlPuro, "$Base.backup") 'não consegui escrever a cópia em SQL puro'
  [EsusPec.Ferramentas]::Compactar($sqlPuro, "$Base.sql.gz.parcial")
  Remove-Item -LiteralPath $sqlPuro -Force
  Trocar "$Base.sql.gz.parcial" "$Base.sql.gz"

  Write-Host "3/5 Contando as linhas de cada tabela da cópia: $Nome.contagem.txt ..."
  [EsusPec.Ferramentas]::ContarCopia("$Base.sql.gz", $true, "$Base.contagem.txt.parcial")
  Trocar "$Base.contagem.txt.parcial" "$Base.contagem.txt"

  Write-Host "4/5 Guardando os arquivos do PEC que ficam fora do banco: $Nome.arquivos-pec.tar.gz ..."
  $existem = @()
  foreach ($f in $ArquivosPec) {
    $local = Join-Path $PastaPec $f.Replace('/', '\')
    if (Test-Path -LiteralPath $local) {
      $existem += $f
      Write-Host "    $local"
    } else {
      Write-Host "    (não existe neste servidor: $local)"
    }
  }
  $tarParcial = "$Base.arquivos-pec.tar.gz.parcial"
  if ($existem.Count -eq 0) {
    [EsusPec.Ferramentas]::TarVazio($tarParcial)
  } else {
    if (-not (Test-Path -LiteralPath $Tar)) {
      Falhar "não achei o $Tar, que vem com o Windows 10 (1803) e o Windows Server 2019 ou mais novos"
    }
    $erro = 'não consegui ler os arquivos do PEC (se faltar permissão, rode o PowerShell como administrador)'
    Executar $Tar (@('-czf', $tarParcial, '-C', $PastaPec) + $existem) $erro
  }
  Trocar $tarParcial "$Base.arquivos-pec.tar.gz"

  # No formato do sha256sum do Linux (minúsculas, dois espaços, fim de linha \n): lá, sha256sum -c confere.
  Write-Host "5/5 Calculando o resumo SHA-256: $Nome.sha256 ..."
  $resumo = ''
  foreach ($ext in @('backup', 'sql.gz', 'contagem.txt', 'arquivos-pec.tar.gz')) {
    $hash = (Get-FileHash -Algorithm SHA256 -LiteralPath "$Base.$ext").Hash.ToLowerInvariant()
    $resumo += "$hash  $Nome.$ext`n"
  }
  [IO.File]::WriteAllText("$Base.sha256.parcial", $resumo, $Utf8)
  Trocar "$Base.sha256.parcial" "$Base.sha256"

  $total = Resumir "$Base.contagem.txt"
  Write-Host ''
  $linhas = "$($total.Tabelas) tabelas, $($total.Linhas) linhas, $($total.Objetos) objetos grandes"
  Write-Host "Cópia pronta em $($Pasta): $linhas."
  $feitos = @(Get-ChildItem -LiteralPath $Pasta -File | Where-Object {
      $_.Name.StartsWith("$Nome.", [StringComparison]::Ordinal) -and -not $_.Name.EndsWith('.parcial')
    })
  foreach ($a in $feitos) {
    Write-Host ('    {0,15:N0} bytes  {1}' -f $a.Length, $a.Name)
  }
  Write-Host "Para a transferência, leve os cinco arquivos $Nome.* e confira-os no servidor novo com"
  Write-Host "restaurar-esus.ps1 -SoConferir (Windows) ou sha256sum -c $Nome.sha256 (Linux)."
} catch {
  Falhar (Explicar $_)
} finally {
  if ($PastaTrabalho) {
    Get-ChildItem -LiteralPath $PastaTrabalho -File -ErrorAction SilentlyContinue | Where-Object {
      $_.Name.StartsWith("$Nome.", [StringComparison]::Ordinal) -and $_.Name.EndsWith('.parcial')
    } | Remove-Item -Force -ErrorAction SilentlyContinue
  }
  Limpar
}
exit 0
