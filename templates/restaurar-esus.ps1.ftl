# Restauração da cópia do e-SUS APS PEC de [=municipio.nome_uf] no servidor novo (Windows), com o PEC já instalado
# e o serviço parado. Gerado por gerar-oficios a partir do arquivo do município: corrija o YAML e gere de novo.
#
# Uso:  powershell -ExecutionPolicy Bypass -File restaurar-esus.ps1 [-Sql] [-Forcar] [-SoConferir] [-Pasta PASTA]
#       [NOME-DA-COPIA]
#
#   NOME-DA-COPIA  [=backup.prefixo]-AAAA-MM-DD (padrão: a cópia mais recente da pasta)
#   -SoConferir    só confere o SHA-256 da cópia (depois da transferência) e para
#   -Sql           restaura a cópia em SQL puro (.sql.gz) com o psql, em vez da cópia .backup
#   -Forcar        substitui o banco mesmo que ele tenha dados que a cópia não tem
#   -Pasta PASTA   onde estão os arquivos da cópia (padrão [=backup.pasta_trabalho])
#
# Passos: confere o SHA-256 da cópia; apaga o banco [=instalacao.banco.nome] que o instalador criou e o cria de novo, vazio,
# com a mesma codificação e o mesmo dono; restaura numa transação só, que para no primeiro erro (nada fica pela
# metade); confere as linhas de cada tabela com a contagem feita na cópia; põe no PEC novo o certificado RNDS e as
# chaves do login GOV.BR que vieram do servidor antigo. Rodar de novo restaura de novo, do zero. A cópia pode ter
# sido feita num servidor Windows (backup-esus.ps1) ou Linux (backup-esus.sh): os arquivos são os mesmos.
# Códigos de saída: 0 tudo certo; 1 qualquer falha (a mensagem diz qual).
[CmdletBinding(PositionalBinding = $false)]
param(
  [Parameter(Position = 0)]
  [string]$Nome = '',
  [switch]$Sql,
  [switch]$Forcar,
  [switch]$SoConferir,
  [string]$Pasta = ''
)

<#include "comum-esus.ps1.ftl">

# Confere cada arquivo do .sha256 (formato do sha256sum: resumo, espaço, espaço ou *, nome) e diz qual não confere.
function ConferirResumos([string]$Arquivo) {
  $ruins = @()
  $conferidos = 0
  $numero = 0
  foreach ($linha in @([EsusPec.Ferramentas]::LerLinhas($Arquivo, $false))) {
    $numero = $numero + 1
    if (-not $linha.Trim()) {
      continue
    }
    if (-not ($linha -match '^([0-9A-Fa-f]{64}) [ *](.+)$')) {
      Falhar "a linha $numero de $Arquivo não está no formato do sha256sum; copie o arquivo de novo"
    }
    $esperado = $Matches[1]
    $arquivoDaCopia = $Matches[2]
    $caminho = Join-Path $Pasta $arquivoDaCopia
    if (-not (Test-Path -LiteralPath $caminho -PathType Leaf)) {
      $ruins += "    $($arquivoDaCopia): não está na pasta"
      continue
    }
    $atual = (Get-FileHash -Algorithm SHA256 -LiteralPath $caminho).Hash
    if ([string]::Equals($atual, $esperado, [StringComparison]::OrdinalIgnoreCase)) {
      Write-Host "    $($arquivoDaCopia): confere"
      $conferidos = $conferidos + 1
    } else {
      $ruins += "    $($arquivoDaCopia): NÃO confere (o arquivo mudou ou veio incompleto)"
    }
  }
  foreach ($r in $ruins) {
    [Console]::Error.WriteLine($r)
  }
  if ($ruins.Count -gt 0) {
    Falhar "a cópia não confere com $(Split-Path -Leaf $Arquivo): copie de novo os arquivos acima"
  }
  if ($conferidos -eq 0) {
    Falhar "$Arquivo não tem nenhum resumo; copie-o de novo"
  }
  return $conferidos
}

if (-not $Pasta) {
  $Pasta = $PastaPadrao
}
if ($Nome) {
  $Nome = Split-Path -Leaf $Nome
  foreach ($fim in @('.sha256', '.backup', '.sql.gz', '.contagem.txt', '.arquivos-pec.tar.gz')) {
    if ($Nome.EndsWith($fim, [StringComparison]::OrdinalIgnoreCase)) {
      $Nome = $Nome.Substring(0, $Nome.Length - $fim.Length)
    }
  }
}

Write-Host "Restauração do e-SUS APS PEC de $Municipio"
try {
  if (-not (Test-Path -LiteralPath $Pasta -PathType Container)) {
    Falhar "a pasta $Pasta não existe; copie para ela os arquivos da cópia"
  }
  $Pasta = (Resolve-Path -LiteralPath $Pasta).ProviderPath
  if (-not $Nome) {
    $resumos = @(Get-ChildItem -LiteralPath $Pasta -File | ForEach-Object { $_.Name } | Where-Object {
        $_.StartsWith("$Prefixo-", [StringComparison]::Ordinal) -and $_.EndsWith('.sha256')
      })
    if ($resumos.Count -eq 0) {
      Falhar "nenhuma cópia $Prefixo-AAAA-MM-DD.sha256 em $Pasta"
    }
    $ordenados = [string[]]$resumos
    [Array]::Sort($ordenados, [StringComparer]::Ordinal)
    $ultimo = $ordenados[$ordenados.Count - 1]
    $Nome = $ultimo.Substring(0, $ultimo.Length - '.sha256'.Length)
  }
  $Base = Join-Path $Pasta $Nome
  if (-not (Test-Path -LiteralPath "$Base.sha256" -PathType Leaf)) {
    Falhar "não achei $Nome.sha256 em $Pasta"
  }
  Write-Host "Cópia: $Base"
  # Os arquivos da cópia têm dados de saúde (LGPD): a pasta fica só para o seu usuário, como no backup.
  ProtegerPasta $Pasta $true
  $PastaTrabalho = $Pasta

  Write-Host '1/6 Conferindo o resumo SHA-256 da cópia ...'
  $conferidos = ConferirResumos "$Base.sha256"
  if ($SoConferir) {
    Write-Host "A cópia $Nome confere: $conferidos arquivos iguais aos do servidor antigo."
    exit 0
  }

  $PgBin = AcharPgBin
  Write-Host "PostgreSQL do PEC: $PgBin ($(VersaoPg 'psql'))"
  if (ServicoAtivo) {
    Falhar "o serviço $Servico está no ar; pare-o antes (Stop-Service -Name $Servico) e rode de novo"
  }
  PedirSenha
  $teste = NovoTemporario '.txt'
  $codigo = Tentar (PgExe 'psql') ($Conexao + @('-X', '-q', '-A', '-t', '-d', 'postgres', '-c', 'SELECT 1')) $teste
  if ($codigo -ne 0) {
    MostrarFim $teste
    Falhar ("não consegui entrar no PostgreSQL da porta $Porta como $Usuario " +
      '(o banco está no ar? a senha confere?)')
  }

  Write-Host "2/6 Conferindo o banco $Banco deste servidor ..."
  $variaveis = @('-v', "banco=$Banco")
  $consulta = "SELECT 1 FROM pg_database WHERE datname = :'banco'"
  $existe = @(LerContagem (Consultar 'postgres' $consulta $variaveis))
  if ($existe.Count -gt 0 -and $existe[0] -eq '1') {
    # O banco do instalador tem só a estrutura e os dados de referência. Se alguma tabela tiver mais linhas aqui
    # do que na cópia, este não é o servidor novo (ou a cópia é antiga): nada é apagado sem -Forcar.
    $agora = NovoTemporario '.txt'
    ContarNoBanco $agora
    $naCopia = New-Object 'System.Collections.Generic.Dictionary[string,long]'
    foreach ($l in @(LerContagem "$Base.contagem.txt")) {
      $campos = $l -split "`t"
      $naCopia[$campos[0]] = [long]$campos[1]
    }
    $mais = @()
    foreach ($l in @(LerContagem $agora)) {
      $campos = $l -split "`t"
      if ($naCopia.ContainsKey($campos[0]) -and [long]$campos[1] -gt $naCopia[$campos[0]]) {
        $mais += "    $($campos[0]): $($campos[1]) linhas aqui, $($naCopia[$campos[0]]) na cópia"
      }
    }
    if ($mais.Count -gt 0) {
      foreach ($m in $mais) {
        [Console]::Error.WriteLine($m)
      }
      if (-not $Forcar) {
        Falhar ("o banco $Banco deste servidor tem dados que a cópia não tem (acima). Confira se este é o " +
          'servidor novo e se a cópia é a mais recente; para substituir o banco mesmo assim, rode de novo ' +
          'com -Forcar')
      }
      Avisar 'com -Forcar, o banco é substituído mesmo assim'
    }
    $consulta = ('SELECT pg_get_userbyid(datdba), pg_encoding_to_char(encoding), datcollate, datctype ' +
      "FROM pg_database WHERE datname = :'banco'")
    $campos = @(LerContagem (Consultar 'postgres' $consulta $variaveis))[0] -split "`t"
    $dono = $campos[0]
    $codificacao = $campos[1]
    $collate = $campos[2]
    $ctype = $campos[3]
    Write-Host "3/6 Apagando o banco $Banco do instalador e criando-o de novo, vazio ($codificacao, $collate) ..."
    $erro = "não consegui apagar o banco $($Banco): feche os programas conectados a ele (PEC, pgAdmin)"
    Pg 'dropdb' @($Banco) $erro
  } else {
    $dono = $Usuario
    $codificacao = 'UTF8'
    $collate = ''
    $ctype = ''
    Write-Host "3/6 O banco $Banco não existe neste servidor; criando-o vazio ..."
  }
  $criar = @('-T', 'template0', '-E', $codificacao, '-O', $dono)
  if ($collate) {
    $criar += @("--lc-collate=$collate", "--lc-ctype=$ctype")
  }
  Pg 'createdb' ($criar + @($Banco)) "não consegui criar o banco $Banco"

  # Numa transação só, que para no primeiro erro: se falhar, o banco fica vazio, nunca pela metade.
  $log = "$Base.restauracao.log"
  if ($Sql) {
    Write-Host "4/6 Restaurando $Nome.sql.gz numa transação só ..."
    # O psql lê um arquivo .sql descompactado na pasta da cópia (nunca por um pipe do PowerShell), apagado no fim.
    $sqlPuro = "$Base.restaurar.sql.parcial"
    $Temporarios.Add($sqlPuro)
    [EsusPec.Ferramentas]::Descompactar("$Base.sql.gz", $sqlPuro)
    $opcoes = @('-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-f', $sqlPuro, '-d', $Banco)
    $codigo = Tentar (PgExe 'psql') ($Conexao + $opcoes) $log
    Remove-Item -LiteralPath $sqlPuro -Force
  } else {
    Write-Host "4/6 Restaurando $Nome.backup numa transação só ..."
    $opcoes = @('--exit-on-error', '--single-transaction', '-d', $Banco, "$Base.backup")
    $codigo = Tentar (PgExe 'pg_restore') ($Conexao + $opcoes) $log
  }
  if ($codigo -ne 0) {
    MostrarFim $log
    Falhar "a restauração parou no erro acima (detalhes em $log); o banco $Banco ficou vazio"
  }
  Pg 'psql' @('-X', '-q', '-d', $Banco, '-c', 'ANALYZE') 'o ANALYZE do banco restaurado falhou' (NovoTemporario '.txt')

  Write-Host '5/6 Conferindo as linhas de cada tabela com a contagem da cópia ...'
  $restaurada = "$Base.contagem-restaurada.txt"
  ContarNoBanco $restaurada
  $copia = @(LerContagem "$Base.contagem.txt")
  $agora = @(LerContagem $restaurada)
  if (($copia -join "`n") -cne ($agora -join "`n")) {
    foreach ($l in $copia) {
      if ($agora -cnotcontains $l) {
        [Console]::Error.WriteLine("    na cópia:     $l")
      }
    }
    foreach ($l in $agora) {
      if ($copia -cnotcontains $l) {
        [Console]::Error.WriteLine("    restaurado:   $l")
      }
    }
    Falhar 'o banco restaurado não tem as mesmas linhas da cópia (acima); não inicie o PEC e refaça a restauração'
  }
  $total = Resumir "$Base.contagem.txt"
  Write-Host "    Conferido: $($total.Tabelas) tabelas e $($total.Linhas) linhas, iguais às da cópia."

  $consulta = ('SELECT co_config_sistema, ds_texto FROM tb_config_sistema ' +
    "WHERE co_config_sistema IN ('VERSAOBANCODADOS', 'LINKINSTALACAO') ORDER BY 1")
  $resultado = Consultar $Banco $consulta -Separador ' = ' -Tolerar
  if ($resultado) {
    $config = @([EsusPec.Ferramentas]::LerLinhas($resultado, $false))
    foreach ($l in $config) {
      Write-Host "    $l"
    }
    if ($config.Count -gt 0 -and $config -cnotcontains "LINKINSTALACAO = $LinkInstalacao") {
      Write-Host ("    Atenção: o Link da instalação não é $LinkInstalacao; corrija-o no PEC em " +
        'Configurações da instalação > Servidores.')
    }
  }

  Write-Host '6/6 Pondo no PEC novo os arquivos do servidor antigo ...'
  $antigo = "$Base.arquivos-pec"
  if (Test-Path -LiteralPath $antigo) {
    Remove-Item -LiteralPath $antigo -Recurse -Force
  }
  $null = [IO.Directory]::CreateDirectory($antigo)
  if (-not (Test-Path -LiteralPath $Tar)) {
    Falhar "não achei o $Tar, que vem com o Windows 10 (1803) e o Windows Server 2019 ou mais novos"
  }
  Executar $Tar @('-xzf', "$Base.arquivos-pec.tar.gz", '-C', $antigo) "não consegui abrir $Nome.arquivos-pec.tar.gz"
  try {
    $chavesAntigas = Join-Path $antigo 'webserver\chaves'
    $chaves = @()
    if (Test-Path -LiteralPath $chavesAntigas) {
      $chaves = @(Get-ChildItem -LiteralPath $chavesAntigas -Force)
    }
    if ($chaves.Count -gt 0) {
      $null = [IO.Directory]::CreateDirectory($PastaChaves)
      foreach ($c in $chaves) {
        Copy-Item -LiteralPath $c.FullName -Destination $PastaChaves -Recurse -Force
      }
      $nomes = ($chaves | ForEach-Object { $_.Name }) -join ' '
      Write-Host "    certificado RNDS: $nomes -> $PastaChaves"
    }
    # As duas linhas do login GOV.BR. O application.properties é ISO-8859-1 (o padrão do Java): lido e
    # acrescentado nessa codificação, os bytes das linhas antigas passam intactos, e o fim de linha é o do arquivo.
    $govbr = 'bridge.security.oauth2.client.registration.govbr.'
    $propsAntigo = Join-Path $antigo 'webserver\config\application.properties'
    $linhasGovbr = @()
    if (Test-Path -LiteralPath $propsAntigo) {
      $linhasGovbr = @(LerContagem $propsAntigo | Where-Object {
          $_.StartsWith($govbr, [StringComparison]::Ordinal)
        })
    }
    if ($linhasGovbr.Count -gt 0) {
      $atual = ''
      if (Test-Path -LiteralPath $ArquivoProperties) {
        $atual = [IO.File]::ReadAllText($ArquivoProperties, $Latin1)
      }
      $jaTem = @($atual -split "`n" | Where-Object {
          $_.StartsWith($govbr, [StringComparison]::Ordinal)
        }).Count -gt 0
      if ($jaTem) {
        Write-Host "    login GOV.BR: $ArquivoProperties já tem as chaves; nada mudou"
      } else {
        $quebra = "`r`n"
        if ($atual.Contains("`n") -and -not $atual.Contains("`r`n")) {
          $quebra = "`n"
        }
        $texto = ($linhasGovbr -join $quebra) + $quebra
        if ($atual.Length -gt 0 -and -not $atual.EndsWith("`n")) {
          $texto = $quebra + $texto
        }
        $null = [IO.Directory]::CreateDirectory((Split-Path -Parent $ArquivoProperties))
        [IO.File]::AppendAllText($ArquivoProperties, $texto, $Latin1)
        Write-Host "    login GOV.BR: as duas linhas do servidor antigo foram acrescentadas a $ArquivoProperties"
      }
    }
  } catch {
    Falhar ("não consegui pôr no PEC os arquivos do servidor antigo ($($_.Exception.Message)); se faltar " +
      'permissão, rode o PowerShell como administrador e o script de novo')
  }
  Write-Host "    Ficaram só para consulta, em $($antigo): o credenciais.txt antigo (o servidor novo tem o seu) e,"
  Write-Host '    se havia, o ssl.properties (o HTTPS do servidor novo é feito pelo instalador, com -cert-domain).'
  Write-Host ''
  Write-Host "Restauração concluída. Inicie o serviço (Start-Service -Name $Servico) e confira o PEC no navegador."
} catch {
  Falhar (Explicar $_)
} finally {
  Limpar
}
exit 0
