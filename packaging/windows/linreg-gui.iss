; Inno Setup 6 script: a per-user installer for the PyInstaller bundle (no administrator).
;
;   python packaging\build.py bundle --installer     (runs PyInstaller, then ISCC on this file)
;
; reads dist\linreg-gui\ and writes dist\linreg-gui-<version>-windows-x64-setup.exe. It installs
; into %LOCALAPPDATA%\Programs\linreg-gui, adds a Start-menu shortcut and (ticked by default) a
; desktop shortcut, named in the language chosen (Korean or English), opens .linreg sessions
; with the app, and registers an uninstaller under the user's own "Apps" list. Built and
; installed only on CI's Windows runner (.github/workflows/ci.yml, packaging/README.md).
; Saved as UTF-8 with a byte-order mark: Inno Setup reads the Korean shortcut name correctly then.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef OutputName
  #define OutputName "linreg-gui-" + AppVersion + "-windows-x64-setup"
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
OutputBaseFilename={#OutputName}
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
; The .linreg association ([Registry]) is announced to Explorer after install and uninstall.
ChangesAssociations=yes
VersionInfoVersion={#AppVersion}

; Korean is required, never silently left out: Korean.isl is an official translation of current
; Inno Setup 6 releases (older ones list it among the unofficial ones: copy it into Languages\).
#if !FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
  #error Inno Setup has no Languages\Korean.isl: update Inno Setup 6, or copy Korean.isl there
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[CustomMessages]
english.ShortcutName=Linear Regression
korean.ShortcutName=선형회귀 학습
english.SessionFileType=Linear regression session
korean.SessionFileType=선형회귀 학습 세션

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

[Registry]
; .linreg sessions open with the app (double-click in Explorer). HKA is HKEY_CURRENT_USER in a
; per-user install: Software\Classes there needs no administrator.
Root: HKA; Subkey: "Software\Classes\.linreg"; ValueType: string; ValueName: ""; ValueData: "linreg-gui.session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.linreg\OpenWithProgids"; ValueType: string; ValueName: "linreg-gui.session"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\linreg-gui.session"; ValueType: string; ValueName: ""; ValueData: "{cm:SessionFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\linreg-gui.session\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\linreg-gui.session\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent

; Settings (registry: HKCU\Software\linreg-gui\linreg-gui) and logs and recovery files
; (%APPDATA%\linreg-gui\linreg-gui) belong to the user and stay after an uninstall, as on Linux
; without --purge.
