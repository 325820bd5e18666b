<#--
  Partes comuns de backup-esus.ps1 e restaurar-esus.ps1 (incluídas pelos dois depois do param; não gera arquivo
  próprio). Valores do município: [=...], sempre entre aspas simples pela função ps_texto abaixo; as variáveis do
  PowerShell ($Nome, $(...)) o FreeMarker não toca nestes modelos. Comentários do PowerShell só com # no começo da
  linha: o de bloco começa com os caracteres que o FreeMarker lê como diretiva.
-->
<#-- Um texto entre aspas simples do PowerShell, que também fecha a aspa com as aspas curvas: todas dobradas. -->
<#function ps_texto valor>
  <#return "'" + valor?string?replace("['\x2018\x2019\x201A\x201B]", "$0$0", "r") + "'">
</#function>
# ---- dados do município (do arquivo YAML; para mudar, corrija o YAML e gere de novo) ----
$Municipio = [=ps_texto(municipio.nome_uf)]
$PastaPec = [=ps_texto(instalacao.pasta)]
$PastaChaves = [=ps_texto(instalacao.pasta_chaves)]
$ArquivoProperties = [=ps_texto(instalacao.arquivo_properties)]
$Porta = [=ps_texto(instalacao.banco.porta?c)]
$Banco = [=ps_texto(instalacao.banco.nome)]
$Usuario = [=ps_texto(instalacao.banco.usuario)]
$Prefixo = [=ps_texto(backup.prefixo)]
$Servico = [=ps_texto(instalacao.servico)]
$LinkInstalacao = [=ps_texto(instalacao.url)]
$PastaPadrao = [=ps_texto(backup.pasta_trabalho)]

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Set-StrictMode -Version 2.0

# Os arquivos do PEC que ficam fora do banco, com / como no tar do Linux (o tar do Windows aceita os dois).
$ArquivosPec = @(
  'webserver/chaves',
  'webserver/config/application.properties',
  'webserver/config/credenciais.txt',
  'certmgr/config/ssl.properties'
)
$Conexao = @('-h', 'localhost', '-p', $Porta, '-U', $Usuario)
$Tar = Join-Path $env:SystemRoot 'System32\tar.exe'
$Utf8 = New-Object System.Text.UTF8Encoding -ArgumentList $false
$Latin1 = [System.Text.Encoding]::GetEncoding(28591)
$PgBin = ''
$PastaTrabalho = ''
$SenhaPedida = $false
$Temporarios = New-Object 'System.Collections.Generic.List[string]'

# Ferramentas em C#, compiladas na hora: rodar os programas do PostgreSQL e o tar sem passar a saída deles pelo
# PowerShell (o 5.1 recodifica os bytes e trata cada linha de aviso como erro), compactar e descompactar .gz em
# fluxo (sem limite de tamanho) e contar as linhas da cópia em SQL (milhões de linhas: um laço do PowerShell
# levaria horas).
if (-not ('EsusPec.Ferramentas' -as [type])) {
  # -IgnoreWarnings: um aviso do compilador não é erro (o Add-Type os trata como erro sem ele).
  Add-Type -IgnoreWarnings -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace EsusPec
{
    public static class Ferramentas
    {
        static readonly Encoding Latin1 = Encoding.GetEncoding(28591);

        // Roda um programa com os argumentos separados como os programas do Windows os leem. Sem arquivo de
        // saída, o que ele escreve vai direto para a tela; com ele, a saída e os erros vão, byte a byte, para o
        // arquivo. Devolve o código de saída do programa.
        public static int Rodar(string programa, string[] argumentos, string pasta, string saida)
        {
            ProcessStartInfo info = new ProcessStartInfo(programa, Juntar(argumentos));
            info.UseShellExecute = false;
            if (!string.IsNullOrEmpty(pasta))
            {
                info.WorkingDirectory = pasta;
            }
            bool redirecionar = !string.IsNullOrEmpty(saida);
            info.RedirectStandardOutput = redirecionar;
            info.RedirectStandardError = redirecionar;
            using (Process p = Process.Start(info))
            {
                if (redirecionar)
                {
                    using (FileStream arquivo = new FileStream(saida, FileMode.Create, FileAccess.Write,
                        FileShare.Read))
                    {
                        Stream erros = p.StandardError.BaseStream;
                        Thread t = new Thread(delegate() { Copiar(erros, arquivo); });
                        t.Start();
                        Copiar(p.StandardOutput.BaseStream, arquivo);
                        t.Join();
                    }
                }
                p.WaitForExit();
                return p.ExitCode;
            }
        }

        static void Copiar(Stream origem, FileStream destino)
        {
            byte[] buffer = new byte[65536];
            int lidos;
            while ((lidos = origem.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (destino)
                {
                    destino.Write(buffer, 0, lidos);
                }
            }
        }

        // A linha de comando com as regras de aspas e barras invertidas do Windows (CommandLineToArgvW).
        public static string Juntar(string[] argumentos)
        {
            StringBuilder linha = new StringBuilder();
            foreach (string a in argumentos)
            {
                if (linha.Length > 0)
                {
                    linha.Append(' ');
                }
                if (a.Length > 0 && a.IndexOfAny(new char[] { ' ', '\t', '\n', '\v', '"' }) < 0)
                {
                    linha.Append(a);
                    continue;
                }
                linha.Append('"');
                int barras = 0;
                foreach (char c in a)
                {
                    if (c == '\\')
                    {
                        barras++;
                        continue;
                    }
                    linha.Append('\\', c == '"' ? barras * 2 + 1 : barras);
                    linha.Append(c);
                    barras = 0;
                }
                linha.Append('\\', barras * 2);
                linha.Append('"');
            }
            return linha.ToString();
        }

        // A pasta de nome mais novo, comparando os números pelo valor (9.6 vem antes de 13.4), como o sort -V.
        public static string MaisNova(string[] nomes)
        {
            string melhor = null;
            string chaveMelhor = null;
            foreach (string nome in nomes)
            {
                string chave = Regex.Replace(nome, "[0-9]+", delegate(Match m)
                {
                    return m.Value.TrimStart('0').PadLeft(20, '0');
                });
                if (chaveMelhor == null || string.CompareOrdinal(chave, chaveMelhor) > 0)
                {
                    melhor = nome;
                    chaveMelhor = chave;
                }
            }
            return melhor;
        }

        // Compacta em gzip, em fluxo: o arquivo pode ter qualquer tamanho.
        public static void Compactar(string origem, string destino)
        {
            using (FileStream entrada = File.OpenRead(origem))
            using (FileStream saida = File.Create(destino))
            using (GZipStream gz = new GZipStream(saida, CompressionLevel.Optimal))
            {
                entrada.CopyTo(gz, 1 << 20);
            }
        }

        public static void Descompactar(string origem, string destino)
        {
            using (FileStream entrada = File.OpenRead(origem))
            using (GZipStream gz = new GZipStream(entrada, CompressionMode.Decompress))
            using (FileStream saida = File.Create(destino))
            {
                gz.CopyTo(saida, 1 << 20);
            }
        }

        // Um .tar.gz sem nenhum arquivo (o fim de arquivo do tar: blocos de zeros, como o tar do Linux grava).
        public static void TarVazio(string destino)
        {
            using (FileStream saida = File.Create(destino))
            using (GZipStream gz = new GZipStream(saida, CompressionLevel.Optimal))
            {
                byte[] zeros = new byte[10240];
                gz.Write(zeros, 0, zeros.Length);
            }
        }

        // As linhas de um arquivo, separadas só por \n (sem o \r de um fim de linha do Windows). Em ISO-8859-1,
        // um caractere por byte, os bytes passam intactos (nomes em UTF-8 continuam UTF-8 ao gravar de volta).
        public static string[] LerLinhas(string arquivo, bool bytes)
        {
            List<string> linhas = new List<string>();
            using (StreamReader leitor = new StreamReader(arquivo, bytes ? Latin1 : new UTF8Encoding(false), !bytes))
            {
                Linhas l = new Linhas(leitor);
                string linha;
                while ((linha = l.Proxima()) != null)
                {
                    linhas.Add(linha.TrimEnd('\r'));
                }
            }
            return linhas.ToArray();
        }

        // Grava as linhas em ordem de bytes (a do sort com LC_ALL=C), cada uma terminada em \n, sem BOM.
        public static void GravarOrdenado(List<string> linhas, string destino)
        {
            linhas.Sort(StringComparer.Ordinal);
            StringBuilder texto = new StringBuilder();
            foreach (string l in linhas)
            {
                texto.Append(l).Append('\n');
            }
            File.WriteAllText(destino, texto.ToString(), Latin1);
        }

        // A saída do psql (nome<TAB>linhas), sem linhas vazias, em ordem de bytes.
        public static void Ordenar(string origem, string destino)
        {
            List<string> linhas = new List<string>();
            foreach (string l in LerLinhas(origem, true))
            {
                if (l.Length > 0)
                {
                    linhas.Add(l);
                }
            }
            GravarOrdenado(linhas, destino);
        }

        // As linhas de cada tabela na cópia em SQL puro, como o contar_na_copia do backup-esus.sh (o awk): as
        // linhas de cada bloco COPY ... FROM stdin; até a linha \. e os objetos grandes (lo_create).
        public static void ContarCopia(string copia, bool gzip, string destino)
        {
            List<string> saida = new List<string>();
            string esquema = "";
            string nome = "";
            bool dentro = false;
            long linhas = 0;
            long objetos = 0;
            using (FileStream arquivo = File.OpenRead(copia))
            using (Stream dados = gzip ? (Stream)new GZipStream(arquivo, CompressionMode.Decompress) : arquivo)
            using (StreamReader leitor = new StreamReader(dados, Latin1, false, 1 << 16))
            {
                Linhas l = new Linhas(leitor);
                string linha;
                while ((linha = l.Proxima()) != null)
                {
                    // Dentro de um bloco COPY só a linha \. o termina: uma linha de dados nunca é um comando.
                    if (dentro && linha == "\\.")
                    {
                        saida.Add(nome + "\t" + linhas);
                        dentro = false;
                        continue;
                    }
                    if (dentro)
                    {
                        linhas++;
                        continue;
                    }
                    if (linha.StartsWith("SET search_path = ", StringComparison.Ordinal))
                    {
                        string[] campos = linha.Split(new char[] { ' ', '\t' },
                            StringSplitOptions.RemoveEmptyEntries);
                        esquema = campos.Length > 3 ? campos[3] : "";
                        if (esquema.EndsWith(",", StringComparison.Ordinal))
                        {
                            esquema = esquema.Substring(0, esquema.Length - 1);
                        }
                        continue;
                    }
                    if (linha.Length >= 17 && linha.StartsWith("COPY ", StringComparison.Ordinal)
                        && linha.EndsWith(" FROM stdin;", StringComparison.Ordinal))
                    {
                        nome = linha.Substring(5);
                        int parentese = nome.IndexOf(" (", StringComparison.Ordinal);
                        if (parentese >= 0)
                        {
                            nome = nome.Substring(0, parentese);
                        }
                        if (nome.EndsWith(" FROM stdin;", StringComparison.Ordinal))
                        {
                            nome = nome.Substring(0, nome.Length - 12);
                        }
                        if (nome.IndexOf('.') < 0 && esquema.Length > 0)
                        {
                            nome = esquema + "." + nome;
                        }
                        dentro = true;
                        linhas = 0;
                        continue;
                    }
                    if (linha.StartsWith("SELECT pg_catalog.lo_create(", StringComparison.Ordinal))
                    {
                        objetos++;
                    }
                }
            }
            saida.Add("(objetos grandes)\t" + objetos);
            GravarOrdenado(saida, destino);
        }

        // Lê linhas terminadas só por \n, como o awk (o ReadLine do .NET também quebraria no \r).
        sealed class Linhas
        {
            readonly TextReader leitor;
            readonly char[] buffer = new char[1 << 16];
            readonly StringBuilder atual = new StringBuilder();
            int pos;
            int fim;

            public Linhas(TextReader leitor)
            {
                this.leitor = leitor;
            }

            public string Proxima()
            {
                atual.Length = 0;
                while (true)
                {
                    if (pos == fim)
                    {
                        fim = leitor.Read(buffer, 0, buffer.Length);
                        pos = 0;
                        if (fim <= 0)
                        {
                            fim = 0;
                            return atual.Length > 0 ? atual.ToString() : null;
                        }
                    }
                    int i = Array.IndexOf(buffer, '\n', pos, fim - pos);
                    if (i < 0)
                    {
                        atual.Append(buffer, pos, fim - pos);
                        pos = fim;
                        continue;
                    }
                    atual.Append(buffer, pos, i - pos);
                    pos = i + 1;
                    return atual.ToString();
                }
            }
        }
    }
}
'@
}

function Falhar([string]$Mensagem) {
  [Console]::Error.WriteLine("ERRO: $Mensagem")
  exit 1
}

function Avisar([string]$Mensagem) {
  [Console]::Error.WriteLine("Aviso: $Mensagem")
}

# A mensagem de um erro inesperado do PowerShell, com a linha do script onde ele aconteceu.
function Explicar([System.Management.Automation.ErrorRecord]$Erro) {
  $linha = $Erro.InvocationInfo.ScriptLineNumber
  return "$($Erro.Exception.Message) (linha $linha de $($Erro.InvocationInfo.ScriptName))"
}

# Um arquivo temporário, apagado no fim (Limpar), mesmo quando o script para num erro.
function NovoTemporario([string]$Extensao) {
  $arquivo = 'esus-' + [Guid]::NewGuid().ToString('N') + $Extensao
  $caminho = Join-Path ([IO.Path]::GetTempPath()) $arquivo
  $script:Temporarios.Add($caminho)
  return $caminho
}

function Limpar {
  foreach ($t in $script:Temporarios) {
    if (Test-Path -LiteralPath $t) {
      Remove-Item -LiteralPath $t -Force -ErrorAction SilentlyContinue
    }
  }
  if ($script:SenhaPedida) {
    Remove-Item Env:PGPASSWORD -ErrorAction SilentlyContinue
  }
}

# Troca o arquivo final pelo .parcial completo (o do mesmo dia, se houver, é substituído).
function Trocar([string]$De, [string]$Para) {
  if ([IO.File]::Exists($Para)) {
    [IO.File]::Delete($Para)
  }
  [IO.File]::Move($De, $Para)
}

# As últimas linhas de um registro, na tela de erros.
function MostrarFim([string]$Arquivo, [int]$Linhas = 5) {
  if ($Arquivo -and (Test-Path -LiteralPath $Arquivo)) {
    foreach ($l in @(Get-Content -LiteralPath $Arquivo -Tail $Linhas)) {
      [Console]::Error.WriteLine("    $l")
    }
  }
}

# Roda um programa (nunca por um pipe do PowerShell) e devolve o código de saída, também em $LASTEXITCODE.
# Com $Saida, o que ele escreve (saída e erros) vai para esse arquivo; sem ela, direto para a tela.
function Tentar([string]$Programa, [string[]]$Argumentos, [string]$Saida = '') {
  $codigo = [EsusPec.Ferramentas]::Rodar($Programa, $Argumentos, $script:PastaTrabalho, $Saida)
  $global:LASTEXITCODE = $codigo
  return $codigo
}

# Roda um programa e, se ele falhar, para com a mensagem $Erro.
function Executar([string]$Programa, [string[]]$Argumentos, [string]$Erro, [string]$Saida = '') {
  $null = Tentar $Programa $Argumentos $Saida
  if ($LASTEXITCODE -ne 0) {
    MostrarFim $Saida
    $exe = Split-Path -Leaf $Programa
    Falhar "$Erro (o $exe terminou com o código $LASTEXITCODE)"
  }
}

function PgExe([string]$Programa) {
  return (Join-Path $script:PgBin "$Programa.exe")
}

# Um programa do PostgreSQL do PEC conectado ao banco deste servidor (localhost, porta e usuário do PEC).
function Pg([string]$Programa, [string[]]$Argumentos, [string]$Erro, [string]$Saida = '') {
  Executar (PgExe $Programa) ($Conexao + $Argumentos) $Erro $Saida
}

# A pasta bin do PostgreSQL que o instalador do PEC trouxe (<pasta do PEC>\database\<versão>\bin), que em geral
# não está no PATH; a variável de ambiente PG_BIN escolhe outra.
function AcharPgBin {
  if ($env:PG_BIN) {
    if (-not (Test-Path -LiteralPath (Join-Path $env:PG_BIN 'pg_dump.exe'))) {
      Falhar "PG_BIN=$($env:PG_BIN) não tem o pg_dump.exe"
    }
    return $env:PG_BIN
  }
  $database = Join-Path $PastaPec 'database'
  $nomes = @()
  if (Test-Path -LiteralPath $database) {
    foreach ($d in @(Get-ChildItem -LiteralPath $database -Directory)) {
      if (Test-Path -LiteralPath (Join-Path $d.FullName 'bin\pg_dump.exe')) {
        $nomes += $d.Name
      }
    }
  }
  if ($nomes.Count -eq 0) {
    Falhar ("não achei o PostgreSQL do PEC em $database\<versão>\bin. Confira a pasta do PEC " +
      "(instalacao.pasta no arquivo do município) ou diga onde está, antes de rodar o script: " +
      "`$env:PG_BIN = 'C:\caminho\bin'")
  }
  $versao = [EsusPec.Ferramentas]::MaisNova([string[]]$nomes)
  return (Join-Path (Join-Path $database $versao) 'bin')
}

# A versão de um programa do PostgreSQL, como ele a escreve (pg_dump (PostgreSQL) 9.6.13).
function VersaoPg([string]$Programa) {
  $saida = NovoTemporario '.txt'
  Executar (PgExe $Programa) @('--version') "o $Programa.exe do PEC não funcionou" $saida
  return (@([EsusPec.Ferramentas]::LerLinhas($saida, $false)) -join ' ')
}

function ServicoAtivo {
  $s = Get-Service -Name $Servico -ErrorAction SilentlyContinue
  return ($null -ne $s -and $s.Status -ne 'Stopped')
}

# Só o seu usuário, o SYSTEM e os Administradores abrem a pasta (pelos SIDs, que não mudam com o idioma do
# Windows): as cópias têm dados de saúde (LGPD). Os arquivos que já estão nela passam a seguir a pasta.
function ProtegerPasta([string]$Caminho, [bool]$SoAvisar) {
  $eu = [Security.Principal.WindowsIdentity]::GetCurrent().User.Value
  $icacls = Join-Path $env:SystemRoot 'System32\icacls.exe'
  $permissoes = @("*$($eu):(OI)(CI)F", '*S-1-5-18:(OI)(CI)F', '*S-1-5-32-544:(OI)(CI)F')
  $saida = NovoTemporario '.txt'
  $codigo = Tentar $icacls (@($Caminho, '/inheritance:r', '/grant:r') + $permissoes) $saida
  if ($codigo -ne 0) {
    MostrarFim $saida
    $mensagem = "não consegui deixar a pasta $Caminho só para o seu usuário (icacls, código $codigo)"
    if ($SoAvisar) {
      Avisar $mensagem
    } else {
      Falhar "$mensagem; crie a pasta com o seu usuário ou rode o PowerShell como administrador"
    }
  }
}

# Pede a senha do banco uma vez só (credenciais.txt do PEC), a não ser que já esteja em $env:PGPASSWORD ou no
# pgpass.conf. Os programas do PostgreSQL a recebem pela variável PGPASSWORD deste processo, apagada no fim.
function PedirSenha {
  if ($env:PGPASSWORD) {
    return
  }
  $pgpass = $env:PGPASSFILE
  if (-not $pgpass -and $env:APPDATA) {
    $pgpass = Join-Path $env:APPDATA 'postgresql\pgpass.conf'
  }
  if ($pgpass -and (Test-Path -LiteralPath $pgpass)) {
    return
  }
  $pergunta = "Senha do usuário $Usuario do banco (está no credenciais.txt do PEC)"
  $segura = Read-Host -AsSecureString $pergunta
  $bstr = [Runtime.InteropServices.Marshal]::SecureStringToBSTR($segura)
  try {
    $env:PGPASSWORD = [Runtime.InteropServices.Marshal]::PtrToStringBSTR($bstr)
  } finally {
    [Runtime.InteropServices.Marshal]::ZeroFreeBSTR($bstr)
  }
  $script:SenhaPedida = $true
}

# Roda uma consulta com o psql (de um arquivo .sql, com o resultado gravado pelo próprio psql com -o) e devolve o
# arquivo do resultado: campos separados por $Separador, em UTF-8. Com -Tolerar, um erro devolve '' em vez de parar.
function Consultar {
  param(
    [string]$NoBanco,
    [string]$Consulta,
    [string[]]$Variaveis = @(),
    [string]$Separador = "`t",
    [switch]$Tolerar
  )
  $arquivoSql = NovoTemporario '.sql'
  $resultado = NovoTemporario '.txt'
  [IO.File]::WriteAllText($arquivoSql, $Consulta, $Utf8)
  $opcoes = @('-X', '-q', '-A', '-t', '-F', $Separador, '-v', 'ON_ERROR_STOP=1', '-d', $NoBanco)
  $argumentos = $Conexao + $opcoes + $Variaveis + @('-f', $arquivoSql, '-o', $resultado)
  $antes = $env:PGCLIENTENCODING
  $env:PGCLIENTENCODING = 'UTF8'
  try {
    if ($Tolerar) {
      $codigo = Tentar (PgExe 'psql') $argumentos (NovoTemporario '.txt')
      if ($codigo -ne 0) {
        return ''
      }
    } else {
      Executar (PgExe 'psql') $argumentos "a consulta ao banco $NoBanco falhou"
    }
  } finally {
    $env:PGCLIENTENCODING = $antes
  }
  return $resultado
}

# Linhas de cada tabela no banco, no formato da contagem feita na cópia (nome<TAB>linhas, em ordem de bytes e com
# fim de linha \n, como o sort do Linux), mais os objetos grandes. A mesma consulta do restaurar-esus.sh.
$ConsultaContagem = @'
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname),
       (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname),
                                            false, true, '')))[1]::text
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname !~ '^pg_(toast|temp)'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                             AND d.deptype = 'e')
UNION ALL SELECT '(objetos grandes)', count(*)::text FROM pg_largeobject_metadata
'@

function ContarNoBanco([string]$Destino) {
  $resultado = Consultar $Banco $ConsultaContagem
  [EsusPec.Ferramentas]::Ordenar($resultado, $Destino)
}

# As linhas de um arquivo de contagem, byte a byte (ISO-8859-1), sem o \n do fim.
function LerContagem([string]$Arquivo) {
  return [EsusPec.Ferramentas]::LerLinhas($Arquivo, $true)
}

# Tabelas, linhas e objetos grandes de um arquivo de contagem.
function Resumir([string]$Arquivo) {
  $tabelas = 0
  $linhas = [long]0
  $objetos = '0'
  foreach ($l in @(LerContagem $Arquivo)) {
    $campos = $l -split "`t"
    if ($campos[0] -eq '(objetos grandes)') {
      $objetos = $campos[1]
    } else {
      $tabelas = $tabelas + 1
      $linhas = $linhas + [long]$campos[1]
    }
  }
  return [pscustomobject]@{ Tabelas = $tabelas; Linhas = $linhas; Objetos = $objetos }
}
