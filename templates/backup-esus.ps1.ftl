# Cópia do banco e dos arquivos do e-SUS APS PEC de [=municipio.nome_uf], para um servidor Windows.
# Gerado por gerar-oficios a partir do arquivo do município: para mudar um valor, corrija o YAML e gere de novo.
#
# Uso:  powershell -ExecutionPolicy Bypass -File backup-esus.ps1 [-Pasta PASTA] [-Data AAAA-MM-DD] [-Agendado]
#       powershell -ExecutionPolicy Bypass -File backup-esus.ps1 -Cifrar -Nome NOME -ArquivoSenha ARQUIVO
#
# Na pasta de trabalho (padrão [=backup.pasta_trabalho], que só o seu usuário, o SYSTEM e os Administradores abrem),
# com o nome [=backup.prefixo]-AAAA-MM-DD (a data de hoje):
#   .backup              a cópia do banco no formato personalizado do PostgreSQL, usada na restauração;
#   .sql.gz              a mesma cópia em SQL puro, compactada (restauração alternativa, com o psql);
#   .contagem.txt        as linhas de cada tabela que estão na cópia, conferidas depois da restauração;
#   .arquivos-pec.tar.gz os arquivos do PEC que ficam fora do banco: certificado RNDS (webserver\chaves),
#                        application.properties (chaves do login GOV.BR), credenciais.txt e, no PEC 5.3 ou
#                        mais novo, certmgr\config\ssl.properties;
#   .sha256              o resumo SHA-256 dos quatro arquivos, para conferir a cópia depois da transferência;
#   .verificado          só com -Agendado, e só se a cópia foi conferida depois de pronta.
# São os mesmos arquivos do backup-esus.sh do Linux: uma cópia feita aqui restaura num servidor Linux, e a de lá
# restaura aqui. Rodar de novo no mesmo dia substitui a cópia do dia por inteiro; nenhum arquivo fica pela metade.
# O PostgreSQL usado é o que veio com o PEC; para usar outro, defina antes $env:PG_BIN com a pasta bin dele.
#
# Antes de copiar, confere se a pasta tem livre o dobro da última cópia (.backup e .sql.gz), ou o dobro do banco se
# não há cópia; sem esse espaço, avisa (com -Agendado, para).
#
#   -Agendado  para o Agendador de Tarefas: nunca pergunta nada (a senha do banco vem de $env:PGPASSWORD ou do
#              %APPDATA%\postgresql\pgpass.conf da conta que roda a tarefa); para se faltar espaço; depois da
#              cópia, confere-a (os resumos SHA-256, o .sql.gz descompactado inteiro e o .backup lido pelo
#              pg_restore -l) e grava NOME.verificado; só então apaga as cópias antigas: ficam as 7 mais recentes
#              e, das mais velhas, a mais nova de cada uma das 4 semanas anteriores que têm cópia (nunca a
#              verificada mais recente). Cada execução acrescenta uma linha ao backup-esus.log da pasta, como a do
#              Linux: data e hora, ok ou ERRO, a cópia, tabelas, linhas, tamanho e as datas das cópias apagadas,
#              ou a mensagem do erro.
#   -Cifrar    não faz cópia nova: junta os cinco arquivos da cópia NOME (padrão: a mais recente) num tar e o
#              cifra em NOME.tar.enc, com o resumo NOME.tar.enc.sha256, para levar pela nuvem. A senha é a
#              primeira linha do ARQUIVO. O formato é o do openssl enc -aes-256-cbc -pbkdf2 -iter 600000
#              -md sha256 -salt: decifra com restaurar-esus.ps1 -Decifrar (Windows) ou com o openssl (Linux).
# Códigos de saída: 0 tudo certo; 1 qualquer falha (a mensagem diz qual).
[CmdletBinding(PositionalBinding = $false)]
param(
  [string]$Pasta = '',
  [string]$Data = '',
  [switch]$Agendado,
  [switch]$Cifrar,
  [string]$Nome = '',
  [string]$ArquivoSenha = ''
)

<#include "comum-esus.ps1.ftl">

# Os cinco arquivos de uma cópia.
$Extensoes = @('backup', 'sql.gz', 'contagem.txt', 'arquivos-pec.tar.gz', 'sha256')

function Megabytes([long]$Bytes) {
  return ('{0:N0} MB' -f [Math]::Ceiling($Bytes / 1MB))
}

# Um tamanho como o numfmt --to=iec do Linux o escreve no registro: 812, 9.5K, 1.2G, 15G.
function TamanhoCurto([long]$Bytes) {
  if ($Bytes -lt 1024) {
    return "$Bytes"
  }
  $valor = [double]$Bytes
  $i = -1
  do {
    $valor = $valor / 1024
    $i = $i + 1
  } while ($valor -ge 1024 -and $i -lt 4)
  $invariante = [Globalization.CultureInfo]::InvariantCulture
  if ($valor -lt 10) {
    $texto = ([Math]::Ceiling($valor * 10) / 10).ToString('0.0', $invariante)
  } else {
    $texto = [Math]::Ceiling($valor).ToString($invariante)
  }
  return $texto + @('K', 'M', 'G', 'T', 'P')[$i]
}

# Antes de copiar: pelo menos o dobro da cópia mais recente da pasta (.backup e .sql.gz) livre no disco ou, sem
# nenhuma cópia, o dobro do tamanho do banco. Com -Agendado, sem esse espaço, para; sem ele, só avisa.
function ConferirEspaco {
  $ultima = UltimaCopia '.backup'
  if ($ultima) {
    $tamanho = (Get-Item -LiteralPath (Join-Path $Pasta "$ultima.backup")).Length
    $gz = Join-Path $Pasta "$ultima.sql.gz"
    if (Test-Path -LiteralPath $gz -PathType Leaf) {
      $tamanho = $tamanho + (Get-Item -LiteralPath $gz).Length
    }
    $referencia = "da cópia $ultima (.backup e .sql.gz)"
  } else {
    $consulta = 'SELECT pg_database_size(current_database())'
    $tamanho = [long](@(LerContagem (Consultar $Banco $consulta))[0])
    $referencia = "do banco $Banco"
  }
  $necessario = 2 * [long]$tamanho
  try {
    $livre = [EsusPec.Ferramentas]::EspacoLivre($Pasta)
  } catch {
    $erro = "não consegui ver o espaço livre em $($Pasta): $(Motivo $_)"
    if ($Agendado) {
      Falhar $erro
    }
    Avisar $erro
    return
  }
  Write-Host "    livres: $(Megabytes $livre); necessários: $(Megabytes $necessario) (o dobro $referencia)"
  if ($livre -lt $necessario) {
    $falta = ("a pasta $Pasta tem $(Megabytes $livre) livres, e a cópia precisa de pelo menos " +
      "$(Megabytes $necessario) (o dobro $referencia)")
    if ($Agendado) {
      Falhar "$falta. Libere espaço no disco ou apague cópias antigas da pasta"
    }
    Avisar "$falta; o disco pode encher no meio da cópia."
  }
}

# Depois da cópia: os resumos do .sha256, o .sql.gz descompactado inteiro e o .backup lido pelo pg_restore -l. Se
# tudo confere, grava NOME.verificado (data e hora e o que foi conferido).
function VerificarCopia {
  $conferidos = ConferirResumos "$Base.sha256"
  try {
    $bytes = [EsusPec.Ferramentas]::ConferirGzip("$Base.sql.gz")
  } catch {
    Falhar "a cópia em SQL não confere: $(Motivo $_)"
  }
  Write-Host "    $($Nome).sql.gz: descompacta inteiro ($bytes bytes)"
  $lista = NovoTemporario '.txt'
  Executar (PgExe 'pg_restore') @('-l', "$Base.backup") "o pg_restore não conseguiu ler $Nome.backup" $lista
  $itens = @([EsusPec.Ferramentas]::LerLinhas($lista, $false) | Where-Object {
      $_ -and -not $_.StartsWith(';', [StringComparison]::Ordinal)
    }).Count
  Write-Host "    $($Nome).backup: o pg_restore leu o índice ($itens itens)"
  $texto = "$(Agora) verificada: $conferidos resumos SHA-256 conferem; $Nome.sql.gz descompacta inteiro " +
    "($bytes bytes); o pg_restore -l leu $Nome.backup ($itens itens)`n"
  [IO.File]::WriteAllText("$Base.verificado.parcial", $texto, $Utf8)
  Trocar "$Base.verificado.parcial" "$Base.verificado"
}

# A retenção: apaga todos os arquivos NOME.* das cópias que o Manter do C# não guarda. Nunca a cópia de agora.
# Devolve os nomes das cópias apagadas.
function AplicarRetencao {
  $arquivos = [string[]]@(ArquivosDaPasta)
  $copias = [EsusPec.Ferramentas]::Copias($arquivos, $Prefixo)
  $verificadas = [string[]]@($copias | Where-Object { $arquivos -ccontains "$($_).verificado" })
  $apagadas = @()
  foreach ($c in @([EsusPec.Ferramentas]::Descartar($copias, $verificadas))) {
    if ($c -ceq $Nome) {
      continue
    }
    $inteira = $true
    foreach ($a in $arquivos) {
      if ($a.StartsWith("$c.", [StringComparison]::Ordinal)) {
        try {
          [IO.File]::Delete((Join-Path $Pasta $a))
        } catch {
          $inteira = $false
          Avisar "não consegui apagar $($a): $(Motivo $_)"
        }
      }
    }
    if ($inteira) {
      Write-Host "    apagada: $c"
      $apagadas += $c
    }
  }
  if ($apagadas.Count -eq 0) {
    Write-Host '    nenhuma cópia para apagar'
  }
  return $apagadas
}

if (-not $Pasta) {
  $Pasta = $PastaPadrao
}
try {
  $Pasta = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Pasta)
} catch {
  Falhar "-Pasta $($Pasta): $(Motivo $_)"
}
if ($Agendado) {
  # Numa tarefa agendada ninguém vê a tela: o registro na pasta conta o que aconteceu.
  $Registro = Join-Path $Pasta 'backup-esus.log'
  $SemPerguntas = $true
  # -w: os programas do PostgreSQL também nunca perguntam a senha (sem ela, falham em vez de esperar).
  $Conexao += '-w'
}
if ($Cifrar) {
  if ($Agendado -or $Data) {
    Falhar '-Cifrar não faz cópia nova: rode-o sem -Agendado e sem -Data, com -Nome e -ArquivoSenha'
  }
  if (-not $ArquivoSenha) {
    Falhar '-Cifrar precisa de -ArquivoSenha ARQUIVO: o arquivo que tem a senha na primeira linha'
  }
  if ($Nome) {
    $Nome = NomeDaCopia $Nome
  }
} else {
  if ($Nome -or $ArquivoSenha) {
    Falhar '-Nome e -ArquivoSenha são de -Cifrar; para fazer uma cópia, rode sem eles'
  }
  if (-not $Data) {
    $Data = (Get-Date).ToString('yyyy-MM-dd', [Globalization.CultureInfo]::InvariantCulture)
  }
  $dia = [datetime]::MinValue
  $valida = [datetime]::TryParseExact($Data, 'yyyy-MM-dd', [Globalization.CultureInfo]::InvariantCulture,
    [Globalization.DateTimeStyles]::None, [ref]$dia)
  if ($Data -notmatch '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' -or -not $valida) {
    Falhar "-Data $($Data): escreva a data como AAAA-MM-DD"
  }
  $Nome = "$Prefixo-$Data"
  $RegistroFalha = "ERRO $Nome"
}

try {
  if ($Cifrar) {
    Write-Host "Cópia cifrada para a nuvem, do e-SUS APS PEC de $Municipio"
    if (-not (Test-Path -LiteralPath $Pasta -PathType Container)) {
      Falhar "a pasta $Pasta não existe"
    }
    if (-not $Nome) {
      $Nome = UltimaCopia '.sha256'
      if (-not $Nome) {
        Falhar "nenhuma cópia $Prefixo-AAAA-MM-DD.sha256 em $Pasta"
      }
    }
    $Base = Join-Path $Pasta $Nome
    $daCopia = @($Extensoes | ForEach-Object { "$Nome.$_" })
    foreach ($a in $daCopia) {
      if (-not (Test-Path -LiteralPath (Join-Path $Pasta $a) -PathType Leaf)) {
        Falhar "falta $a em $($Pasta): a cópia $Nome não está completa"
      }
    }
    if (-not (Test-Path -LiteralPath $ArquivoSenha -PathType Leaf)) {
      Falhar "não achei o arquivo da senha $ArquivoSenha"
    }
    # O C# lê o arquivo pelo caminho completo (a pasta atual do .NET pode não ser a do PowerShell).
    $ArquivoSenha = (Resolve-Path -LiteralPath $ArquivoSenha).ProviderPath
    try {
      $null = [EsusPec.Ferramentas]::LerSenha($ArquivoSenha)
    } catch {
      Falhar (Motivo $_)
    }
    if (-not (Test-Path -LiteralPath $Tar)) {
      Falhar "não achei o $Tar, que vem com o Windows 10 (1803) e o Windows Server 2019 ou mais novos"
    }
    ProtegerPasta $Pasta $true
    $PastaTrabalho = $Pasta
    Write-Host "Cópia: $Base"

    Write-Host '1/4 Conferindo o resumo SHA-256 da cópia ...'
    $null = ConferirResumos "$Base.sha256"

    Write-Host "2/4 Juntando os cinco arquivos num tar ..."
    $tarParcial = "$Base.tar.parcial"
    Executar $Tar (@('-cf', $tarParcial, '-C', $Pasta) + $daCopia) "não consegui juntar os arquivos da cópia $Nome"

    Write-Host "3/4 Cifrando em $Nome.tar.enc (AES-256; transformar a senha em chave leva alguns segundos) ..."
    try {
      [EsusPec.Ferramentas]::Cifrar($tarParcial, "$Base.tar.enc.parcial", $ArquivoSenha)
    } catch {
      Falhar "não consegui cifrar a cópia: $(Motivo $_)"
    }
    Remove-Item -LiteralPath $tarParcial -Force
    Trocar "$Base.tar.enc.parcial" "$Base.tar.enc"

    Write-Host "4/4 Calculando o resumo SHA-256: $Nome.tar.enc.sha256 ..."
    $hash = (Get-FileHash -Algorithm SHA256 -LiteralPath "$Base.tar.enc").Hash.ToLowerInvariant()
    [IO.File]::WriteAllText("$Base.tar.enc.sha256.parcial", "$hash  $Nome.tar.enc`n", $Utf8)
    Trocar "$Base.tar.enc.sha256.parcial" "$Base.tar.enc.sha256"

    Write-Host ''
    $tamanho = (Get-Item -LiteralPath "$Base.tar.enc").Length
    Write-Host "Cópia cifrada pronta em $($Pasta): $Nome.tar.enc ($(Megabytes $tamanho)) e $Nome.tar.enc.sha256."
    Write-Host 'Leve os dois arquivos pela nuvem; a senha vai por outro caminho, nunca junto com eles. No servidor'
    Write-Host "novo: restaurar-esus.ps1 -Decifrar -Nome $Nome -ArquivoSenha ARQUIVO (Windows) ou o openssl (Linux)."
    exit 0
  }

  Write-Host "Cópia do e-SUS APS PEC de $Municipio"
  $PgBin = AcharPgBin
  Write-Host "PostgreSQL do PEC: $PgBin ($(VersaoPg 'pg_dump'))"
  if (ServicoAtivo) {
    Avisar ("o serviço $Servico está no ar; a cópia sai consistente, mas o que for gravado depois dela " +
      'fica de fora.')
  }

  $null = [IO.Directory]::CreateDirectory($Pasta)
  ProtegerPasta $Pasta $false
  $PastaTrabalho = $Pasta
  $Base = Join-Path $Pasta $Nome
  # Cada arquivo é escrito com a extensão .parcial e só ganha o nome final quando está completo. O que foi feito
  # de uma cópia anterior do mesmo dia (verificação, cópia cifrada) não vale para a nova e sai antes.
  foreach ($ext in @('verificado', 'tar.enc', 'tar.enc.sha256')) {
    if (Test-Path -LiteralPath "$Base.$ext") {
      Remove-Item -LiteralPath "$Base.$ext" -Force
    }
  }

  PedirSenha
  Write-Host "Conferindo o espaço livre em $Pasta ..."
  ConferirEspaco

  Write-Host "1/5 Copiando o banco $Banco (porta $Porta) para $Nome.backup ..."
  $opcoes = @('-F', 'c', '-b', '-f', "$Base.backup.parcial", $Banco)
  Pg 'pg_dump' $opcoes "não consegui copiar o banco $Banco" (SaidaRegistrada)
  Trocar "$Base.backup.parcial" "$Base.backup"

  # A cópia em SQL sai da cópia acima (o mesmo instante do banco), sem nova conexão. O pg_restore a grava num
  # arquivo .sql (nunca por um pipe do PowerShell, que mudaria os bytes), compactado em seguida e apagado.
  Write-Host "2/5 Escrevendo a mesma cópia em SQL puro compactado: $Nome.sql.gz ..."
  $sqlPuro = "$Base.sql.parcial"
  $erro = 'não consegui escrever a cópia em SQL puro'
  Executar (PgExe 'pg_restore') @('-f', $sqlPuro, "$Base.backup") $erro (SaidaRegistrada)
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
    Executar $Tar (@('-czf', $tarParcial, '-C', $PastaPec) + $existem) $erro (SaidaRegistrada)
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

  $apagadas = @()
  if ($Agendado) {
    Write-Host "Conferindo a cópia: os resumos, $Nome.sql.gz inteiro e $Nome.backup pelo pg_restore ..."
    VerificarCopia
    Write-Host 'Apagando as cópias antigas (ficam as 7 mais recentes e uma de cada uma das 4 semanas antes delas) ...'
    $apagadas = @(AplicarRetencao)
  }

  $total = Resumir "$Base.contagem.txt"
  Write-Host ''
  $linhas = "$($total.Tabelas) tabelas, $($total.Linhas) linhas, $($total.Objetos) objetos grandes"
  Write-Host "Cópia pronta em $($Pasta): $linhas."
  $bytes = [long]0
  foreach ($ext in $Extensoes) {
    $a = Get-Item -LiteralPath "$Base.$ext"
    $bytes = $bytes + $a.Length
    Write-Host ('    {0,15:N0} bytes  {1}' -f $a.Length, $a.Name)
  }
  if ($Agendado) {
    Write-Host "    Verificada: $Nome.verificado. Registro: $Registro"
    # As datas das cópias apagadas, como no Linux.
    $datas = 'nenhuma'
    if ($apagadas.Count -gt 0) {
      $datas = (@($apagadas | ForEach-Object { $_.Substring($_.Length - 10) }) -join ',')
    }
    Registrar ("ok $Nome tabelas=$($total.Tabelas) linhas=$($total.Linhas) tamanho=$(TamanhoCurto $bytes) " +
      "apagadas=$datas")
  }
  Write-Host "Para a transferência, leve os cinco arquivos acima e confira-os no servidor novo com"
  Write-Host "restaurar-esus.ps1 -SoConferir (Windows) ou sha256sum -c $Nome.sha256 (Linux)."
} catch {
  Falhar (Explicar $_)
} finally {
  if ($PastaTrabalho -and $Nome) {
    Get-ChildItem -LiteralPath $PastaTrabalho -File -ErrorAction SilentlyContinue | Where-Object {
      $_.Name.StartsWith("$Nome.", [StringComparison]::Ordinal) -and $_.Name.EndsWith('.parcial')
    } | Remove-Item -Force -ErrorAction SilentlyContinue
  }
  Limpar
}
exit 0
