; Inno Setup 6 script: TiersLieu-<version>-setup.exe from the one-folder bundle.
;
; On Windows, from the repository's root, after building dist\TiersLieu\ with
;     .venv\Scripts\pyinstaller --noconfirm --clean packaging\tierslieu.spec
; compile with
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\tierslieu.iss
; Needs Inno Setup 6.3 or later (x64compatible). This file is UTF-8 with a BOM, which
; older Inno Setup 6 releases require to read the French accents.
; The installer lands in dist\. It installs for the current user only (no administrator
; rights, no UAC prompt) into %LOCALAPPDATA%\Programs\TiersLieu, speaks French or English,
; adds Start-menu entries (the application and the members' kiosk), an optional desktop
; shortcut, and an uninstaller in "Installed apps". The database, backups and logs live
; elsewhere (%LOCALAPPDATA%\TiersLieu\TiersLieu) and are never removed by uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "TiersLieu"
#define AppExe "TiersLieu.exe"
#define Dist "..\..\dist\TiersLieu"

[Setup]
; AppId identifies the program across versions: never change it
AppId={{85728CE1-B6E6-4DB1-9019-FA43B6BE67B0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=TiersLieu
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
; per-user: {autopf} is then %LOCALAPPDATA%\Programs; the dialog still lets a user who is
; an administrator choose "for all users" (Program Files)
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app\tierslieu.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; close a running TiersLieu before replacing its files
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.KioskShortcut=TiersLieu - borne des membres
english.KioskShortcut=TiersLieu - members' kiosk
french.KioskComment=Borne plein écran : les membres réservent, arrivent et annulent (Ctrl+Alt+Q pour quitter)
english.KioskComment=Full-screen kiosk where members book, check in and cancel (Ctrl+Alt+Q quits)
french.AppComment=Gérer un tiers-lieu : membres, réservations, incubateur
english.AppComment=Run a tiers-lieu: members, bookings, incubator

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the whole runtime: files of the previous version must not linger
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Dist}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Dist}\tierslieu-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Dist}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autoprograms}\{cm:KioskShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; Comment: "{cm:KioskComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose: uninstalling removes the program and its shortcuts,
; never the user's database, backups or logs (%LOCALAPPDATA%\TiersLieu\TiersLieu).
