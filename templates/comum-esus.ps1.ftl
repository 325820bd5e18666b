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
# Com -Agendado (e no ensaio sem ninguém na tela), a senha nunca é perguntada.
$SemPerguntas = $false
# O registro (backup-esus.log da pasta) de -Agendado e -Ensaio: uma linha por execução; vazio, nada é registrado.
# $RegistroFalha começa a linha de uma falha (ERRO e o nome da cópia, ou ensaio FALHOU e o nome).
$Registro = ''
$RegistroFalha = 'ERRO'

# Ferramentas em C#, compiladas na hora: rodar os programas do PostgreSQL e o tar sem passar a saída deles pelo
# PowerShell (o 5.1 recodifica os bytes e trata cada linha de aviso como erro), compactar e descompactar .gz em
# fluxo (sem limite de tamanho), contar as linhas da cópia em SQL (milhões de linhas: um laço do PowerShell
# levaria horas), decidir quais cópias antigas a retenção apaga e cifrar a cópia para a nuvem no formato do
# openssl. Só com o que o Add-Type do Windows PowerShell 5.1 referencia (mscorlib e System.dll; nada do
# System.Core, como HashSet ou Linq) e C# 5.
if (-not ('EsusPec.Ferramentas' -as [type])) {
  # -IgnoreWarnings: um aviso do compilador não é erro (o Add-Type os trata como erro sem ele).
  Add-Type -IgnoreWarnings -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
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

        // Confere um .gz inteiro: descompacta tudo, sem gravar, e compara o CRC-32 e o tamanho com os que o gzip
        // guarda no fim do arquivo (o GZipStream do .NET não reclama de um arquivo cortado no meio: só para de
        // ler). Um membro só, como o Compactar e o gzip do Linux gravam. Devolve quantos bytes descompactou.
        public static long ConferirGzip(string arquivo)
        {
            string nome = Path.GetFileName(arquivo);
            byte[] fim = new byte[8];
            using (FileStream f = File.OpenRead(arquivo))
            {
                byte[] cabeca = new byte[2];
                if (f.Length < 18 || LerTudo(f, cabeca) < 2 || cabeca[0] != 0x1f || cabeca[1] != 0x8b)
                {
                    throw new Exception(nome + " não é um arquivo gzip (ou está vazio)");
                }
                f.Seek(-8, SeekOrigin.End);
                LerTudo(f, fim);
            }
            uint crc = 0xFFFFFFFF;
            long total = 0;
            try
            {
                using (FileStream entrada = File.OpenRead(arquivo))
                using (GZipStream gz = new GZipStream(entrada, CompressionMode.Decompress))
                {
                    byte[] buffer = new byte[1 << 20];
                    int lidos;
                    while ((lidos = gz.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        crc = Crc32(crc, buffer, lidos);
                        total += lidos;
                    }
                }
            }
            catch (InvalidDataException e)
            {
                throw new Exception(nome + " está estragado: não descompacta (" + e.Message + ")");
            }
            catch (IOException e)
            {
                throw new Exception(nome + " está estragado: não descompacta (" + e.Message + ")");
            }
            crc ^= 0xFFFFFFFF;
            if (crc != LerUInt32(fim, 0) || (uint)total != LerUInt32(fim, 4))
            {
                throw new Exception(nome + " não descompacta inteiro: o CRC-32 ou o tamanho não conferem com os do "
                    + "fim do arquivo (cortado ou estragado)");
            }
            return total;
        }

        static uint[] tabelaCrc;

        static uint Crc32(uint crc, byte[] dados, int quantos)
        {
            if (tabelaCrc == null)
            {
                uint[] t = new uint[256];
                for (uint n = 0; n < 256; n++)
                {
                    uint c = n;
                    for (int k = 0; k < 8; k++)
                    {
                        c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                    }
                    t[n] = c;
                }
                tabelaCrc = t;
            }
            for (int i = 0; i < quantos; i++)
            {
                crc = tabelaCrc[(crc ^ dados[i]) & 0xFF] ^ (crc >> 8);
            }
            return crc;
        }

        static uint LerUInt32(byte[] b, int i)
        {
            return (uint)(b[i] | b[i + 1] << 8 | b[i + 2] << 16 | b[i + 3] << 24);
        }

        // Lê até encher o buffer (ou o arquivo acabar); devolve quantos bytes leu.
        static int LerTudo(Stream s, byte[] buffer)
        {
            int total = 0;
            int lidos;
            while (total < buffer.Length && (lidos = s.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += lidos;
            }
            return total;
        }

        [DllImport("kernel32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
        [return: MarshalAs(UnmanagedType.Bool)]
        static extern bool GetDiskFreeSpaceEx(string pasta, out ulong livreParaMim, out ulong total, out ulong livre);

        // Os bytes livres para este usuário no disco da pasta (também numa pasta de rede ou num ponto de montagem).
        public static long EspacoLivre(string pasta)
        {
            ulong livreParaMim;
            ulong total;
            ulong livre;
            if (!GetDiskFreeSpaceEx(pasta, out livreParaMim, out total, out livre))
            {
                throw new Win32Exception(Marshal.GetLastWin32Error());
            }
            return (long)livreParaMim;
        }

        // ---- retenção: quais cópias antigas ficam na pasta

        // A retenção guarda as 7 cópias mais recentes (pela data no nome) e, das mais antigas que elas, a mais
        // nova de cada uma das 4 semanas ISO mais recentes que têm cópia; e nunca a verificada mais recente.
        public const int Diarias = 7;
        public const int Semanais = 4;

        // Os nomes das cópias (prefixo-AAAA-MM-DD) que têm algum arquivo (nome.extensão) na lista, sem repetir.
        public static string[] Copias(string[] arquivos, string prefixo)
        {
            Regex padrao = new Regex("^(" + Regex.Escape(prefixo) + "-[0-9]{4}-[0-9]{2}-[0-9]{2})\\.",
                RegexOptions.CultureInvariant);
            List<string> nomes = new List<string>();
            foreach (string a in arquivos)
            {
                Match m = padrao.Match(a);
                if (m.Success && !nomes.Contains(m.Groups[1].Value))
                {
                    nomes.Add(m.Groups[1].Value);
                }
            }
            return nomes.ToArray();
        }

        // A cópia de data mais recente que tem o arquivo nome + fim na lista (fim: ".sha256", ".tar.enc"...);
        // null se nenhuma tem.
        public static string MaisRecente(string[] arquivos, string prefixo, string fim)
        {
            string melhor = null;
            DateTime dataMelhor = DateTime.MinValue;
            foreach (string nome in Copias(arquivos, prefixo))
            {
                DateTime data;
                if (Array.IndexOf(arquivos, nome + fim) >= 0 && DataDaCopia(nome, out data)
                    && (melhor == null || data > dataMelhor))
                {
                    melhor = nome;
                    dataMelhor = data;
                }
            }
            return melhor;
        }

        // A decisão da retenção, sem tocar em arquivo nenhum: das cópias (nomes terminados em AAAA-MM-DD), as que
        // ficam, da mais nova para a mais velha. Um nome sem data válida sempre fica (não é apagado o que não se
        // entende).
        public static string[] Manter(string[] copias, string[] verificadas)
        {
            Dictionary<string, DateTime> datas = new Dictionary<string, DateTime>();
            List<string> comData = new List<string>();
            List<string> semData = new List<string>();
            foreach (string c in copias)
            {
                DateTime data;
                if (datas.ContainsKey(c) || semData.Contains(c))
                {
                    continue;
                }
                if (DataDaCopia(c, out data))
                {
                    datas[c] = data;
                    comData.Add(c);
                }
                else
                {
                    semData.Add(c);
                }
            }
            comData.Sort(delegate(string a, string b)
            {
                int r = datas[b].CompareTo(datas[a]);
                return r != 0 ? r : string.CompareOrdinal(b, a);
            });
            Dictionary<string, bool> ficam = new Dictionary<string, bool>();
            Dictionary<int, bool> semanas = new Dictionary<int, bool>();
            for (int i = 0; i < comData.Count; i++)
            {
                int semana = SemanaIso(datas[comData[i]]);
                if (i < Diarias)
                {
                    ficam[comData[i]] = true;
                }
                else if (semanas.Count < Semanais && !semanas.ContainsKey(semana))
                {
                    // Da mais nova para a mais velha: a primeira de cada semana é a mais nova dela.
                    semanas[semana] = true;
                    ficam[comData[i]] = true;
                }
            }
            foreach (string c in comData)
            {
                if (Array.IndexOf(verificadas, c) >= 0)
                {
                    ficam[c] = true;
                    break;
                }
            }
            List<string> resultado = new List<string>();
            foreach (string c in comData)
            {
                if (ficam.ContainsKey(c))
                {
                    resultado.Add(c);
                }
            }
            resultado.AddRange(semData);
            return resultado.ToArray();
        }

        // As cópias que a retenção apaga: as que o Manter não guarda, na ordem da lista.
        public static string[] Descartar(string[] copias, string[] verificadas)
        {
            string[] ficam = Manter(copias, verificadas);
            List<string> saem = new List<string>();
            foreach (string c in copias)
            {
                if (Array.IndexOf(ficam, c) < 0 && !saem.Contains(c))
                {
                    saem.Add(c);
                }
            }
            return saem.ToArray();
        }

        // A data no fim do nome da cópia (AAAA-MM-DD).
        static bool DataDaCopia(string nome, out DateTime data)
        {
            data = DateTime.MinValue;
            return nome.Length >= 11 && nome[nome.Length - 11] == '-'
                && DateTime.TryParseExact(nome.Substring(nome.Length - 10), "yyyy-MM-dd",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out data);
        }

        // A semana ISO 8601 (ano * 100 + semana): a semana vai de segunda a domingo e pertence ao ano da sua
        // quinta-feira (31/12/2026, quinta, e 01/01/2027, sexta, são as duas da semana 53 de 2026).
        public static int SemanaIso(DateTime data)
        {
            int desdeSegunda = ((int)data.DayOfWeek + 6) % 7;
            DateTime quinta = data.Date.AddDays(3 - desdeSegunda);
            return quinta.Year * 100 + (quinta.DayOfYear - 1) / 7 + 1;
        }

        // ---- cifra para a nuvem, no formato do openssl enc -aes-256-cbc -pbkdf2 -iter 600000 -md sha256 -salt:
        // "Salted__", 8 bytes de sal aleatório e o AES-256-CBC com preenchimento PKCS#7, com a chave (32 bytes) e
        // o IV (16) tirados do PBKDF2-HMAC-SHA256 da senha com o sal. O que é cifrado aqui o openssl decifra (no
        // Linux também) e vice-versa. O PBKDF2 é feito aqui com o HMACSHA256 (o Rfc2898DeriveBytes com SHA-256 só
        // existe a partir do .NET Framework 4.7.2) e o AES com o RijndaelManaged (do mscorlib).

        public const int Iteracoes = 600000;

        static readonly byte[] Salted = Encoding.ASCII.GetBytes("Salted__");

        // A senha: a primeira linha do arquivo, byte a byte, sem o \n (nem o \r antes dele) do fim, como o
        // openssl -pass file: a lê no Windows. Recusa o que o openssl leria diferente: BOM, UTF-16, linha vazia.
        public static byte[] LerSenha(string arquivo)
        {
            byte[] inicio;
            using (FileStream f = File.OpenRead(arquivo))
            {
                inicio = new byte[(int)Math.Min(f.Length, 4096)];
                LerTudo(f, inicio);
            }
            if (inicio.Length >= 3 && inicio[0] == 0xEF && inicio[1] == 0xBB && inicio[2] == 0xBF)
            {
                throw new Exception("o arquivo da senha " + arquivo + " começa com a marca BOM do UTF-8, que o "
                    + "openssl leria como parte da senha: grave-o de novo sem BOM (Bloco de Notas: UTF-8, não "
                    + "\"UTF-8 com BOM\"; PowerShell: Set-Content -Encoding Ascii)");
            }
            int fim = Array.IndexOf(inicio, (byte)'\n');
            if (fim < 0)
            {
                fim = inicio.Length;
            }
            else if (fim > 0 && inicio[fim - 1] == (byte)'\r')
            {
                fim--;
            }
            bool bom16 = inicio.Length >= 2 && ((inicio[0] == 0xFF && inicio[1] == 0xFE)
                || (inicio[0] == 0xFE && inicio[1] == 0xFF));
            if (bom16 || Array.IndexOf(inicio, (byte)0, 0, fim) >= 0)
            {
                throw new Exception("o arquivo da senha " + arquivo + " está em UTF-16 (o Out-File e o > do "
                    + "Windows PowerShell gravam assim): grave-o de novo com Set-Content -Encoding Ascii");
            }
            if (fim == 0)
            {
                throw new Exception("a primeira linha do arquivo da senha " + arquivo + " está vazia: escreva a "
                    + "senha nela");
            }
            if (fim > 1000)
            {
                throw new Exception("a senha em " + arquivo + " tem mais de 1000 bytes na primeira linha; o openssl "
                    + "leria só uma parte dela");
            }
            byte[] senha = new byte[fim];
            Array.Copy(inicio, senha, fim);
            return senha;
        }

        // PBKDF2 (RFC 8018) com HMAC-SHA256.
        public static byte[] Pbkdf2(byte[] senha, byte[] sal, int iteracoes, int tamanho)
        {
            byte[] saida = new byte[tamanho];
            using (HMACSHA256 hmac = new HMACSHA256(senha))
            {
                int bloco = 1;
                for (int pos = 0; pos < tamanho; pos += 32, bloco++)
                {
                    byte[] entrada = new byte[sal.Length + 4];
                    Array.Copy(sal, entrada, sal.Length);
                    entrada[sal.Length] = (byte)(bloco >> 24);
                    entrada[sal.Length + 1] = (byte)(bloco >> 16);
                    entrada[sal.Length + 2] = (byte)(bloco >> 8);
                    entrada[sal.Length + 3] = (byte)bloco;
                    byte[] u = hmac.ComputeHash(entrada);
                    byte[] t = (byte[])u.Clone();
                    for (int i = 1; i < iteracoes; i++)
                    {
                        u = hmac.ComputeHash(u);
                        for (int j = 0; j < t.Length; j++)
                        {
                            t[j] ^= u[j];
                        }
                    }
                    Array.Copy(t, 0, saida, pos, Math.Min(32, tamanho - pos));
                }
            }
            return saida;
        }

        static RijndaelManaged Aes256(byte[] senha, byte[] sal, int iteracoes)
        {
            byte[] chaveIv = Pbkdf2(senha, sal, iteracoes, 48);
            byte[] chave = new byte[32];
            byte[] iv = new byte[16];
            Array.Copy(chaveIv, 0, chave, 0, 32);
            Array.Copy(chaveIv, 32, iv, 0, 16);
            RijndaelManaged aes = new RijndaelManaged();
            aes.BlockSize = 128;
            aes.KeySize = 256;
            aes.Mode = CipherMode.CBC;
            aes.Padding = PaddingMode.PKCS7;
            aes.Key = chave;
            aes.IV = iv;
            return aes;
        }

        // Cifra o arquivo origem em destino com a senha do arquivoSenha e um sal aleatório.
        public static void Cifrar(string origem, string destino, string arquivoSenha)
        {
            byte[] senha = LerSenha(arquivoSenha);
            byte[] sal = new byte[8];
            using (RandomNumberGenerator aleatorio = RandomNumberGenerator.Create())
            {
                aleatorio.GetBytes(sal);
            }
            CifrarCom(origem, destino, senha, sal, Iteracoes);
        }

        public static void CifrarCom(string origem, string destino, byte[] senha, byte[] sal, int iteracoes)
        {
            using (RijndaelManaged aes = Aes256(senha, sal, iteracoes))
            using (ICryptoTransform cifra = aes.CreateEncryptor())
            using (FileStream entrada = File.OpenRead(origem))
            using (FileStream saida = File.Create(destino))
            {
                saida.Write(Salted, 0, Salted.Length);
                saida.Write(sal, 0, sal.Length);
                using (CryptoStream cifrado = new CryptoStream(saida, cifra, CryptoStreamMode.Write))
                {
                    entrada.CopyTo(cifrado, 1 << 20);
                    cifrado.FlushFinalBlock();
                }
            }
        }

        // Decifra o arquivo origem (cifrado pelo Cifrar ou pelo openssl) em destino, com a senha do arquivoSenha.
        // Senha errada: o preenchimento do fim não confere e nada fica em destino.
        public static void Decifrar(string origem, string destino, string arquivoSenha)
        {
            DecifrarCom(origem, destino, LerSenha(arquivoSenha), Iteracoes);
        }

        public static void DecifrarCom(string origem, string destino, byte[] senha, int iteracoes)
        {
            string nome = Path.GetFileName(origem);
            try
            {
                using (FileStream entrada = File.OpenRead(origem))
                {
                    byte[] cabeca = new byte[16];
                    bool salted = LerTudo(entrada, cabeca) == 16;
                    for (int i = 0; salted && i < Salted.Length; i++)
                    {
                        salted = cabeca[i] == Salted[i];
                    }
                    if (!salted || entrada.Length < 32)
                    {
                        throw new Exception(nome + " não é um arquivo cifrado pelo openssl enc com sal (não "
                            + "começa com Salted__ ou está vazio)");
                    }
                    if ((entrada.Length - 16) % 16 != 0)
                    {
                        throw new Exception(nome + " está incompleto: o tamanho não é o de um arquivo cifrado "
                            + "em AES");
                    }
                    byte[] sal = new byte[8];
                    Array.Copy(cabeca, 8, sal, 0, 8);
                    using (RijndaelManaged aes = Aes256(senha, sal, iteracoes))
                    using (ICryptoTransform decifra = aes.CreateDecryptor())
                    using (CryptoStream decifrado = new CryptoStream(entrada, decifra, CryptoStreamMode.Read))
                    using (FileStream saida = File.Create(destino))
                    {
                        decifrado.CopyTo(saida, 1 << 20);
                    }
                }
            }
            catch (CryptographicException)
            {
                Apagar(destino);
                throw new Exception("não consegui decifrar " + nome + ": a senha não confere (ou o arquivo não foi "
                    + "cifrado com openssl enc -aes-256-cbc -pbkdf2 -iter " + iteracoes + " -md sha256)");
            }
            catch
            {
                Apagar(destino);
                throw;
            }
        }

        static void Apagar(string arquivo)
        {
            try
            {
                File.Delete(arquivo);
            }
            catch (Exception)
            {
            }
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
  Registrar "$($script:RegistroFalha) $Mensagem"
  exit 1
}

function Avisar([string]$Mensagem) {
  [Console]::Error.WriteLine("Aviso: $Mensagem")
}

# A mensagem de um erro, sem o invólucro em inglês que o PowerShell põe em volta do erro de um método do C#
# (Exception calling "X" with "N" argument(s): ...).
function Motivo([System.Management.Automation.ErrorRecord]$Erro) {
  $e = $Erro.Exception
  while ($e -is [System.Management.Automation.MethodInvocationException] -and $null -ne $e.InnerException) {
    $e = $e.InnerException
  }
  return $e.Message
}

# A mensagem de um erro inesperado do PowerShell, com a linha do script onde ele aconteceu.
function Explicar([System.Management.Automation.ErrorRecord]$Erro) {
  $linha = $Erro.InvocationInfo.ScriptLineNumber
  return "$(Motivo $Erro) (linha $linha de $($Erro.InvocationInfo.ScriptName))"
}

# Data e hora de agora no formato ISO 8601, com o fuso (2026-01-15T02:00:03-03:00).
function Agora {
  return (Get-Date).ToString("yyyy-MM-dd'T'HH:mm:sszzz", [Globalization.CultureInfo]::InvariantCulture)
}

# Acrescenta uma linha ao registro ($Registro, em UTF-8): data e hora, o resultado e o resumo, como o do Linux
# (2026-12-07T02:30:41-03:00 ok NOME tabelas=312 linhas=1834567 tamanho=1.2G apagadas=2026-11-29). Sem registro,
# não faz nada; se não conseguir escrever, só avisa (o resultado do script não muda por isso).
function Registrar([string]$Texto) {
  if (-not $script:Registro) {
    return
  }
  $linha = "$(Agora) $($Texto -replace '[\r\n]+', ' ')`r`n"
  try {
    $null = [IO.Directory]::CreateDirectory((Split-Path -Parent $script:Registro))
    [IO.File]::AppendAllText($script:Registro, $linha, $Utf8)
  } catch {
    [Console]::Error.WriteLine("Aviso: não consegui escrever no registro $($script:Registro): $(Motivo $_)")
  }
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

# Roda um programa e, se ele falhar, para com a mensagem $Erro. Com registro (-Agendado, -Ensaio), a mensagem leva
# também a última linha que o programa escreveu, já que ninguém vê a tela.
function Executar([string]$Programa, [string[]]$Argumentos, [string]$Erro, [string]$Saida = '') {
  $null = Tentar $Programa $Argumentos $Saida
  if ($LASTEXITCODE -ne 0) {
    $codigo = $LASTEXITCODE
    MostrarFim $Saida
    $exe = Split-Path -Leaf $Programa
    $ultima = ''
    if ($script:Registro -and $Saida -and (Test-Path -LiteralPath $Saida)) {
      $linhas = @([EsusPec.Ferramentas]::LerLinhas($Saida, $false) | Where-Object { $_.Trim() })
      if ($linhas.Count -gt 0) {
        $ultima = ": $($linhas[$linhas.Count - 1].Trim())"
      }
    }
    Falhar "$Erro (o $exe terminou com o código $codigo$ultima)"
  }
}

# Com registro, um arquivo temporário para a saída de um programa (que vai para a mensagem de erro); sem ele, ''
# (a saída vai direto para a tela).
function SaidaRegistrada {
  if ($script:Registro) {
    return (NovoTemporario '.txt')
  }
  return ''
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

# Sem ninguém para responder a uma pergunta: uma tarefa agendada que roda sem o usuário logado (o Read-Host
# esperaria para sempre). Numa sessão remota do PowerShell (Enter-PSSession) o Read-Host funciona.
function SemNinguem {
  return (-not [Environment]::UserInteractive -and $Host.Name -ne 'ServerRemoteHost')
}

# Pede a senha do banco uma vez só (credenciais.txt do PEC), a não ser que já esteja em $env:PGPASSWORD ou no
# pgpass.conf. Os programas do PostgreSQL a recebem pela variável PGPASSWORD deste processo, apagada no fim.
# Com -Agendado, ou sem ninguém na tela (tarefa agendada que roda sem o usuário logado), nunca pergunta: sem a
# senha, para com o erro que diz onde gravá-la.
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
  if ($script:SemPerguntas -or (SemNinguem)) {
    if (-not $pgpass) {
      $pgpass = '%APPDATA%\postgresql\pgpass.conf'
    }
    $eu = [Security.Principal.WindowsIdentity]::GetCurrent().Name
    Falhar ("sem a senha do banco, e aqui ela não é perguntada. Grave-a no pgpass.conf da conta que roda o " +
      "script ($eu): $pgpass, com a linha localhost:$($Porta):*:$($Usuario):SENHA (ou defina PGPASSWORD)")
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
# fim de linha \n, como o sort do Linux), mais os objetos grandes. A mesma consulta do restaurar-esus.sh: uma função
# temporária conta cada tabela, sem depender do suporte a XML do servidor.
$ConsultaContagem = @'
CREATE FUNCTION pg_temp.linhas(esquema name, tabela name) RETURNS bigint LANGUAGE plpgsql AS $f$
DECLARE n bigint;
BEGIN
  EXECUTE format('SELECT count(*) FROM %I.%I', esquema, tabela) INTO n;
  RETURN n;
END $f$;
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), pg_temp.linhas(n.nspname, c.relname)::text
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname !~ '^pg_(toast|temp)'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                             AND d.deptype = 'e')
UNION ALL SELECT '(objetos grandes)', count(*)::text FROM pg_largeobject_metadata;
'@

function ContarNoBanco([string]$Destino, [string]$NoBanco = $Banco) {
  $resultado = Consultar $NoBanco $ConsultaContagem
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

# Os nomes dos arquivos da pasta de trabalho (só os arquivos, sem as subpastas), um por um: quem chama os junta
# com [string[]]@(ArquivosDaPasta), que também dá uma lista vazia.
function ArquivosDaPasta {
  Get-ChildItem -LiteralPath $Pasta -File | ForEach-Object { $_.Name }
}

# O nome da cópia (prefixo-AAAA-MM-DD) a partir do que foi digitado: sem a pasta e sem a extensão de um arquivo dela.
function NomeDaCopia([string]$Texto) {
  $n = Split-Path -Leaf $Texto
  foreach ($fim in @('.tar.enc.sha256', '.tar.enc', '.verificado', '.sha256', '.backup', '.sql.gz', '.contagem.txt',
      '.arquivos-pec.tar.gz')) {
    if ($n.EndsWith($fim, [StringComparison]::OrdinalIgnoreCase)) {
      return $n.Substring(0, $n.Length - $fim.Length)
    }
  }
  return $n
}

# A cópia de data mais recente da pasta que tem o arquivo nome + $Fim; '' se nenhuma tem.
function UltimaCopia([string]$Fim) {
  $nome = [EsusPec.Ferramentas]::MaisRecente([string[]]@(ArquivosDaPasta), $Prefixo, $Fim)
  if ($null -eq $nome) {
    return ''
  }
  return $nome
}

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
