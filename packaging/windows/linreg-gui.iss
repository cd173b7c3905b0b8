; Inno Setup 6 script: a per-user installer for the PyInstaller bundle (no administrator).
;
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\linreg-gui.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\linreg-gui.iss
;
; reads dist\linreg-gui\ and writes dist\linreg-gui-<version>-setup.exe. It installs into
; %LOCALAPPDATA%\Programs\linreg-gui, adds a Start-menu shortcut and (ticked by default) a
; desktop shortcut, and registers an uninstaller under the user's own "Apps" list.
; NOT TESTED: written on Linux, where neither Windows nor Inno Setup can run (packaging/README.md).
; Saved as UTF-8 with a byte-order mark: Inno Setup reads the Korean shortcut name correctly then.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "linreg-gui"
#define AppTitle "Linear Regression"
#define AppExe "linreg-gui.exe"

[Setup]
; A fixed AppId: later versions upgrade this install instead of adding a second one.
AppId={{6B1D8F3A-2C47-4E6B-9A51-3F0E7C2D84B9}
AppName={#AppTitle} ({#AppName})
AppVersion={#AppVersion}
AppVerName={#AppTitle} {#AppVersion}
AppPublisher={#AppName}
; Per user, never elevated: {autopf} is %LOCALAPPDATA%\Programs when privileges are lowest.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppTitle}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=packaging\windows\linreg-gui.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppTitle} ({#AppName})
; torch is most of the ~600 MB: LZMA2 takes a few minutes and gives the smallest download.
Compression=lzma2/max
SolidCompression=yes
LZMANumBlockThreads=4
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
ShowLanguageDialog=auto
; The app must not be running while its files are replaced or removed.
CloseApplications=yes
VersionInfoVersion={#AppVersion}

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
#endif

[CustomMessages]
english.ShortcutName=Linear Regression
#if FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
korean.ShortcutName=선형회귀 학습
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle: linreg-gui.exe (windowed), linreg-gui-cli.exe (console, for
; --self-test and train --json) and _internal\.
Source: "dist\linreg-gui\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the old bundle whole, so no file of an older torch or Qt stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent

; Settings (registry: HKCU\Software\linreg-gui\linreg-gui) and logs and recovery files
; (%APPDATA%\linreg-gui\linreg-gui) belong to the user and stay after an uninstall, as on Linux
; without --purge.
