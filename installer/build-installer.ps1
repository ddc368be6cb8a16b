<#
.SYNOPSIS
Builds Tenken's Windows installer: a jlink'd runtime with only the JDK modules the jars use, a jpackage app
image around it, and a per-user .msi (or .exe) made from that image.

.DESCRIPTION
Maven's package profile runs this after copying the runtime dependencies into target\dist\lib:

    mvn -B -Ppackage clean package -DskipTests                      # .msi
    mvn -B -Ppackage clean package -DskipTests -Dinstaller.type=exe  # .exe (a wrapper around the same .msi)

.msi and .exe need the WiX Toolset (3.x for jpackage 17; jpackage 24 and later also take WiX 4 and 5). The installer needs no administrator rights: it installs into %LOCALAPPDATA%\Tenken, adds a Start menu
entry and a desktop shortcut, and lets .tenken files open in Tenken. Workbooks stay in Documents\Tenken and
settings in %APPDATA%\Tenken, so an upgrade or an uninstall never touches them.

This script mirrors installer/build-installer.sh, which is tested on Linux; it has not been run on Windows yet.
It prints "installer size:" and "installed app size:" lines.

.EXAMPLE
powershell -NoProfile -ExecutionPolicy Bypass -File installer\build-installer.ps1 -Version 0.1.0 -Type msi
#>
param(
    [Parameter(Mandatory = $true)][string]$Version,
    [ValidateSet('auto', 'msi', 'exe', 'app-image')][string]$Type = 'auto',
    [string]$Target = '',
    [string]$MainJar = '',
    [string]$Jdk = $env:JAVA_HOME,
    # The JDK whose runtime the app ships (and whose jdeps, jlink, jpackage make it): this, else
    # $env:TENKEN_RUNTIME_JDK, else the newest JDK 25 or later under Program Files, else -Jdk. JDK 25 or later gets
    # an AOT cache from the training run; 17-24 the classic AppCDS archive.
    [string]$RuntimeJdk = $env:TENKEN_RUNTIME_JDK,
    # ASCII by default: jpackage 17 builds the MSI with code page 1252, and WiX's light.exe rejects Japanese
    # text there (error LGHT0311). The Japanese product name is in the README and in the app's own window.
    [string]$Description = 'Tenken - MHLW cybersecurity checklist workbook for clinics'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Here = $PSScriptRoot
$Root = Split-Path -Parent $Here
if (-not $Target) { $Target = Join-Path $Root 'target' }
if (-not $MainJar) { $MainJar = "tenken-$Version.jar" }
if ($Type -eq 'auto') { $Type = 'msi' }

# Never change this: Windows Installer recognises an upgrade of Tenken by it. With a new one, an upgrade
# would install a second copy beside the first instead of replacing it.
$UpgradeUuid = '58cc44e6-3cae-4e05-9d1b-e76cdbc86dbc'

# The Java major version of a JDK folder (0 when it is not one), from its release file.
function Get-JdkMajor([string]$Dir) {
    $release = Join-Path $Dir 'release'
    if (-not (Test-Path $release)) { return 0 }
    $m = Select-String -Path $release -Pattern '^JAVA_VERSION="(\d+)' | Select-Object -First 1
    if ($m) { return [int]$m.Matches[0].Groups[1].Value } else { return 0 }
}
if (-not $RuntimeJdk) {
    $best = 0
    foreach ($dir in @(Get-ChildItem -Directory -ErrorAction SilentlyContinue `
            "$env:ProgramFiles\Eclipse Adoptium", "$env:ProgramFiles\Java", "$env:ProgramFiles\Microsoft")) {
        $m = Get-JdkMajor $dir.FullName
        if ($m -ge 25 -and $m -gt $best -and (Test-Path (Join-Path $dir.FullName 'bin\jpackage.exe'))) {
            $best = $m; $RuntimeJdk = $dir.FullName
        }
    }
}
if (-not $RuntimeJdk) { $RuntimeJdk = $Jdk }
Write-Host "runtime JDK: $RuntimeJdk"

function Find-Tool([string]$Name) {
    if ($RuntimeJdk) {
        $candidate = Join-Path $RuntimeJdk "bin\$Name.exe"
        if (Test-Path $candidate) { return $candidate }
    }
    $cmd = Get-Command "$Name.exe" -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Path }
    throw "$Name not found: Tenken's installers need a full JDK 17 or later (one with jlink and jpackage)"
}

# Runs a native tool and stops on a non-zero exit code, which PowerShell alone would ignore.
function Invoke-Tool([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$(Split-Path -Leaf $Exe) failed with exit code $LASTEXITCODE" }
}

$Jdeps = Find-Tool 'jdeps'
$Jlink = Find-Tool 'jlink'
$Jpackage = Find-Tool 'jpackage'

# jpackage accepts only numbers; 0.2.0-SNAPSHOT is packaged as 0.2.0.
$AppVersion = ($Version -split '[-+]')[0]

$Lib = Join-Path $Target 'dist\lib'
$Out = Join-Path $Target 'installer'
$JarPath = Join-Path $Target $MainJar
if (-not (Test-Path $JarPath)) { throw "$JarPath is missing: run Maven's package phase first" }
if (-not (Test-Path $Lib)) { throw "$Lib is missing: run through Maven (mvn -Ppackage package)" }
Copy-Item $JarPath $Lib -Force
# copy-dependencies never deletes, so a jar left from another version would end up on the class path.
$Stale = @(Get-ChildItem $Lib -Filter 'tenken-*.jar' | Where-Object { $_.Name -ne $MainJar })
if ($Stale.Count -gt 0) { throw "old app jars in ${Lib}: build with 'mvn -Ppackage clean package'" }

if ($Type -ne 'app-image') {
    $wix = Get-Command 'light.exe' -ErrorAction SilentlyContinue
    if (-not $wix) {
        Write-Warning ("WiX 3.x is not on PATH (light.exe, candle.exe); jpackage also looks in its default " +
            "install folder. Install it with: winget install WiXToolset.WiXToolset (then open a new shell)")
    }
}

if (Test-Path $Out) { Remove-Item $Out -Recurse -Force }
New-Item -ItemType Directory -Path $Out | Out-Null

# The jars include modular ones (POI, Jackson ...) whose module-info names automatic modules; with the jars
# also on --module-path jdeps can resolve those instead of failing. Its split-package warnings are noise, and
# PowerShell 5 turns a native tool's stderr into errors, so stderr is dropped and the exit code checked.
Write-Host '== jdeps: which JDK modules the jars use'
$Jars = @(Get-ChildItem $Lib -Filter '*.jar' | ForEach-Object { $_.FullName })
$saved = $ErrorActionPreference
$ErrorActionPreference = 'Continue'
$jdepsOut = & $Jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --module-path $Lib @Jars 2>$null
$jdepsExit = $LASTEXITCODE
$ErrorActionPreference = $saved
$lines = @($jdepsOut)
$Modules = if ($lines.Count -gt 0) { "$($lines[-1])".Trim() } else { '' }
if ($jdepsExit -ne 0 -or $Modules -notmatch '^[a-z0-9.,]+$') { throw "jdeps gave no module list: '$Modules'" }
# Found only through ServiceLoader, so jdeps cannot see them: jdk.localedata holds the Japanese locale data
# (era names, ja date formats); jdk.charsets holds MS932/Shift_JIS, which Japanese files use.
$Modules = "$Modules,jdk.localedata,jdk.charsets"
# Named by jars for what the app never uses: jdk.jfr by JavaFX (its pulse events for Flight Recorder, off unless
# asked for), java.security.jgss and java.xml.crypto by POI (signing a document). Left out: 2.3 MB.
$Modules = (($Modules -split ',') | Where-Object { $_ -notin @('jdk.jfr', 'java.security.jgss', 'java.xml.crypto') }) -join ','
Write-Host "modules: $Modules"

Write-Host '== jlink: a runtime with only those modules'
$Runtime = Join-Path $Out 'runtime'
Invoke-Tool $Jlink @('--add-modules', $Modules, '--include-locales=en,ja',
    '--strip-debug', '--strip-native-commands', '--no-header-files', '--no-man-pages',
    $(if ($RuntimeJdk -and (Get-JdkMajor $RuntimeJdk) -ge 21) { '--compress=zip-6' } else { '--compress=2' }),
    '--output', $Runtime)
# The launcher's JVM options: those in jvm-options, and those of the runtime's kind of class-data cache.
$Aot = (Get-JdkMajor $Runtime) -ge 25
$Options = (Get-Content (Join-Path $Here 'jvm-options') -Raw).Trim() + ' ' +
    (Get-Content (Join-Path $Here $(if ($Aot) { 'jvm-options-aot' } else { 'jvm-options-cds' })) -Raw).Trim()

$Common = @('--name', 'Tenken', '--app-version', $AppVersion, '--vendor', 'Tenken',
    '--copyright', 'Copyright (c) Tenken contributors', '--description', $Description)
$Icon = Join-Path $Here 'windows\Tenken.ico'

Write-Host '== jpackage: app image'
# file.encoding=UTF-8: Java 17 still takes the default charset from Windows (MS932 on a Japanese PC), and the
# app must read and write its files the same way everywhere, as its tests do.
# tenken-cli.exe beside Tenken.exe: the same app as a console program, for the command line
# (windows\tenken-cli.properties).
$ImageDir = Join-Path $Out 'image'
Invoke-Tool $Jpackage (@('--type', 'app-image', '--dest', $ImageDir) + $Common + @('--icon', $Icon,
    '--input', $Lib, '--main-jar', $MainJar, '--main-class', 'jp.tenken.app.Launcher',
    '--runtime-image', $Runtime, '--java-options',
    ('-Dfile.encoding=UTF-8 ' + $Options),
    '--add-launcher', ('tenken-cli=' + (Join-Path $Here 'windows\tenken-cli.properties'))))
$AppImage = Join-Path $ImageDir 'Tenken'

Write-Host '== class-data sharing: training run and cache'
# As installer/train-cds.sh: the image's launcher opens a 10-year workbook until the checklist shows with what is
# filled in after its first frame (the window alone; on 17-24 the exports too). On a JDK 25+ runtime the run is recorded and the image's own JVM makes
# app\tenken.aot (named in Tenken.cfg afterwards: a recording run may not name a cache); on 17-24 the classes it
# loaded go into app\tenken.classlist and are dumped into app\tenken.jsa. A missing or stale cache is ignored.
$Launcher = Join-Path $AppImage 'Tenken.exe'
$AppDir = Join-Path $AppImage 'app'
$Train = Join-Path $Out 'training'
New-Item -ItemType Directory -Force -Path $Train | Out-Null
$JavaExe = if ($Jdk) { Join-Path $Jdk 'bin\java.exe' } else { 'java' }
& $JavaExe -cp "$(Join-Path $Target 'test-classes');$(Join-Path $Target 'classes');$Lib\*" jp.tenken.bench.Benchmarks --setup-only (Join-Path $Train 'docs') | Out-Null
$Workbook = Join-Path $Train 'docs\点検簿.tenken'
$Base = "-Dtenken.documents=$(Join-Path $Train 'docs') -Dtenken.appdata=$(Join-Path $Train 'appdata') -Dtenken.today=2025-10-01"
if ($Aot) {
    $Config = Join-Path $Train 'tenken.aotconf'
    $Cache = Join-Path $AppDir 'tenken.aot'
    $Cfg = Join-Path $AppDir 'Tenken.cfg'
    # The cache names each jar with its size and date: one fixed date (as train-cds.sh) survives copies that keep dates.
    Get-ChildItem $AppDir -Filter '*.jar' | ForEach-Object { $_.LastWriteTimeUtc = [datetime]::new(2000, 1, 1, 0, 0, 0, 'Utc') }
    $env:JAVA_TOOL_OPTIONS = "-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -XX:AOTMode=record -XX:AOTConfiguration=$Config $Base -Dtenken.reportReady=true -Dtenken.trainingRun=true"
    $p = Start-Process -FilePath $Launcher -ArgumentList @($Workbook) -Wait -PassThru -NoNewWindow
    if ($p.ExitCode -ne 0) { throw "training run failed ($($p.ExitCode))" }
    $env:JAVA_TOOL_OPTIONS = "-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -XX:AOTMode=create -XX:AOTConfiguration=$Config -XX:AOTCache=$Cache"
    Start-Process -FilePath $Launcher -Wait -NoNewWindow | Out-Null
    Remove-Item Env:JAVA_TOOL_OPTIONS
    if (Test-Path $Cache) {
        # both launchers' configurations name the cache (the console launcher has its own tenken-cli.cfg)
        foreach ($c in @($Cfg, (Join-Path $AppDir 'tenken-cli.cfg'))) {
            if (Test-Path $c) { Add-Content -Path $c -Value 'java-options=-XX:AOTCache=$APPDIR/tenken.aot' }
        }
        Write-Host "AOT cache: $([math]::Round((Get-Item $Cache).Length / 1MB)) MB"
    } else { Write-Warning 'no AOT cache was made; the app starts without it' }
} else {
    $Runs = @(
        @{ Name = 'window'; Extra = '-Dtenken.reportReady=true -Dtenken.exitWhenReady=true'; Args = @($Workbook) },
        @{ Name = 'pack'; Extra = ''; Args = @('export', '--workbook', $Workbook, '--year', '2025', '--out', (Join-Path $Train 'pack.xlsx')) },
        @{ Name = 'compare'; Extra = ''; Args = @('export', '--workbook', $Workbook, '--year', '2025', '--form', 'compare', '--from', '2024', '--out', (Join-Path $Train 'compare.xlsx')) })
    $Lists = @()
    foreach ($r in $Runs) {
        $list = Join-Path $Train "$($r.Name).list"
        $env:JAVA_TOOL_OPTIONS = "-XX:DumpLoadedClassList=$list $Base $($r.Extra)"
        $p = Start-Process -FilePath $Launcher -ArgumentList $r.Args -Wait -PassThru -NoNewWindow
        if ($p.ExitCode -ne 0) { throw "training run '$($r.Name)' failed ($($p.ExitCode))" }
        $Lists += $list
    }
    $ClassList = Join-Path $AppDir 'tenken.classlist'
    $seen = @{}
    Get-Content $Lists | Where-Object { $_ -notmatch '^@' -and -not $seen.ContainsKey($_) -and ($seen[$_] = $true) } |
        Set-Content -Encoding ascii $ClassList
    $Archive = Join-Path $AppDir 'tenken.jsa'
    $env:JAVA_TOOL_OPTIONS = "-Xshare:dump -XX:SharedClassListFile=$ClassList -XX:SharedArchiveFile=$Archive -Xlog:cds=off"
    Start-Process -FilePath $Launcher -ArgumentList @('--version') -Wait -NoNewWindow | Out-Null
    Remove-Item Env:JAVA_TOOL_OPTIONS
    if (Test-Path $Archive) { Write-Host "class-data archive: $([math]::Round((Get-Item $Archive).Length / 1MB)) MB" }
    else { Write-Warning 'no class-data archive was made; the app starts without it' }
}

if ($Type -ne 'app-image') {
    Write-Host "== jpackage: $Type installer"
    # Per-user: no administrator rights, installed under %LOCALAPPDATA%. The directory chooser lets an IT
    # helper pick another folder; the workbooks never live there either way.
    Invoke-Tool $Jpackage (@('--type', $Type, '--dest', $Out, '--app-image', $AppImage) + $Common + @(
        '--icon', $Icon,
        '--file-associations', (Join-Path $Here 'windows\tenken-file.properties'),
        '--win-per-user-install', '--win-dir-chooser', '--win-menu', '--win-menu-group', 'Tenken',
        '--win-shortcut', '--win-upgrade-uuid', $UpgradeUuid))
}

# Sizes in MB of 1,000,000 bytes, as build-installer.sh prints them.
function Format-MB([long]$Bytes) { '{0:N1} MB' -f ($Bytes / 1000000) }
$ImageBytes = (Get-ChildItem $AppImage -Recurse -File | Measure-Object -Property Length -Sum).Sum
if ($Type -ne 'app-image') {
    $Package = Get-ChildItem $Out -File | Where-Object { $_.Extension -in '.msi', '.exe' } | Select-Object -First 1
    if (-not $Package) { throw 'jpackage made no installer' }
    Write-Host "installer size: $(Format-MB $Package.Length) ($($Package.Name))"
    if ($Package.Length -gt 80000000) { Write-Warning 'the installer is over its 80 MB budget' }
}
Write-Host "installed app size: $(Format-MB $ImageBytes) ($AppImage)"
if (-not (Test-Path (Join-Path $AppImage 'tenken-cli.exe'))) { throw 'the console launcher tenken-cli.exe is missing' }
Write-Host "console launcher: $(Join-Path $AppImage 'tenken-cli.exe') --version"
if ($ImageBytes -gt 150000000) { Write-Warning 'the installed app is over its 150 MB budget' }
