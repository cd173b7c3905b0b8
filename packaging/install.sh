#!/bin/sh
# Install linreg-gui for the current user: no root, no network, no Python needed.
#
#   ./install.sh                   install the bundle this script sits in (the unpacked archive),
#                                  or dist/linreg-gui/ when run as packaging/install.sh in a checkout
#   ./install.sh BUNDLE_DIR        install that bundle folder (the one holding ./linreg-gui)
#   ./install.sh --uninstall       remove everything the install put in place
#   ./install.sh --uninstall --purge   ... and the user's settings, logs and recovery files too
#
# What goes where ($XDG_DATA_HOME defaults to ~/.local/share):
#   $XDG_DATA_HOME/linreg-gui/app/                       the bundle
#   ~/.local/bin/linreg-gui                              a symlink to its executable
#   $XDG_DATA_HOME/applications/linreg-gui.desktop       the menu entry
#   $XDG_DATA_HOME/icons/hicolor/NxN/apps/linreg-gui.png  N = 16 32 48 64 128 256 512
#   $XDG_DATA_HOME/icons/hicolor/scalable/apps/linreg-gui.svg
# The app itself writes only to ~/.config/linreg-gui/ (settings) and
# $XDG_DATA_HOME/linreg-gui/linreg-gui/ (logs, recovery files): an uninstall keeps those
# unless --purge is given. (The bundle lives in app/ so that it never mixes with them.)
set -eu

APP=linreg-gui
SIZES="16 32 48 64 128 256 512"
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
CONFIG_HOME=${XDG_CONFIG_HOME:-$HOME/.config}
CACHE_HOME=${XDG_CACHE_HOME:-$HOME/.cache}
BIN_DIR=$HOME/.local/bin
APP_HOME=$DATA_HOME/$APP
APP_DIR=$APP_HOME/app
APPLICATIONS=$DATA_HOME/applications
DESKTOP=$APPLICATIONS/$APP.desktop
ICONS=$DATA_HOME/icons/hicolor
HERE=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,/^set -eu/p' "$0" | sed -e '/^set -eu/d' -e 's/^# \{0,1\}//'
}

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$APPLICATIONS" ]; then
        update-desktop-database -q "$APPLICATIONS" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$ICONS" ]; then
        gtk-update-icon-cache -q -t -f "$ICONS" 2>/dev/null || true
    fi
}

# Remove a folder when nothing but the given cache file (written by the refresh) is left in it.
drop_if_only() {  # DIR [CACHE_FILE]
    [ -d "$1" ] || return 0
    if [ -n "${2:-}" ] && [ "$(ls -A "$1")" = "$2" ]; then
        rm -f "$1/$2"
    fi
    rmdir "$1" 2>/dev/null || true
}

find_bundle() {
    if [ $# -gt 0 ]; then
        [ -d "$1" ] || die "no such folder: $1"
        CDPATH='' cd -- "$1" && pwd
    elif [ -x "$HERE/$APP" ] && [ -d "$HERE/_internal" ]; then
        printf '%s\n' "$HERE"                      # the unpacked archive
    elif [ -x "$HERE/../dist/$APP/$APP" ]; then
        CDPATH='' cd -- "$HERE/../dist/$APP" && pwd  # a checkout after `make bundle`
    else
        die "no bundle found: run 'make bundle' first, or give the bundle folder"
    fi
}

install_app() {
    bundle=$(find_bundle "$@")
    [ -x "$bundle/$APP" ] || die "$bundle/$APP is not an executable: not a linreg-gui bundle"
    icons=""
    for dir in "$bundle/_internal/resources/icons" "$bundle/resources/icons"; do
        [ -f "$dir/$APP.svg" ] && icons=$dir && break
    done
    [ -n "$icons" ] || die "the bundle has no resources/icons folder"
    desktop_in=""
    for file in "$bundle/$APP.desktop" "$HERE/linux/$APP.desktop" "$HERE/$APP.desktop"; do
        [ -f "$file" ] && desktop_in=$file && break
    done
    [ -n "$desktop_in" ] || die "no $APP.desktop found next to the bundle or this script"
    case $APP_DIR in
        *[\"\`\$\\\&\|]*) die "cannot write a menu entry for a folder named like this: $APP_DIR" ;;
    esac

    mkdir -p "$APP_HOME" "$BIN_DIR" "$APPLICATIONS"
    if [ "$bundle" != "$APP_DIR" ]; then
        # Copy next to the old install, then swap: a failed copy leaves the old one working.
        rm -rf "$APP_DIR.new"
        cp -R "$bundle" "$APP_DIR.new"
        rm -rf "$APP_DIR"
        mv "$APP_DIR.new" "$APP_DIR"
    fi

    if [ -e "$BIN_DIR/$APP" ] && [ ! -L "$BIN_DIR/$APP" ]; then
        say "note: $BIN_DIR/$APP exists and is not ours (a pip install?); left as it is"
    else
        ln -sfn "$APP_DIR/$APP" "$BIN_DIR/$APP"
    fi

    sed -e "s|^Exec=.*|Exec=\"$APP_DIR/$APP\" %f|" \
        -e "s|^TryExec=.*|TryExec=$APP_DIR/$APP|" "$desktop_in" > "$DESKTOP.tmp"
    chmod 644 "$DESKTOP.tmp"
    mv "$DESKTOP.tmp" "$DESKTOP"

    for size in $SIZES; do
        mkdir -p "$ICONS/${size}x${size}/apps"
        cp "$icons/$APP-$size.png" "$ICONS/${size}x${size}/apps/$APP.png"
    done
    mkdir -p "$ICONS/scalable/apps"
    cp "$icons/$APP.svg" "$ICONS/scalable/apps/$APP.svg"
    refresh_caches

    say "installed $APP in $APP_DIR"
    say "start it from the applications menu, or run: $BIN_DIR/$APP"
    case ":$PATH:" in
        *":$BIN_DIR:"*) ;;
        *) say "(note: $BIN_DIR is not on your PATH; the menu entry works without it)" ;;
    esac
}

uninstall_app() {
    purge=$1
    if [ -L "$BIN_DIR/$APP" ]; then
        case $(readlink "$BIN_DIR/$APP") in
            "$APP_DIR/"*) rm -f "$BIN_DIR/$APP" ;;
        esac
    fi
    rm -rf "$APP_DIR" "$APP_DIR.new"
    rm -f "$DESKTOP"
    for size in $SIZES; do
        rm -f "$ICONS/${size}x${size}/apps/$APP.png"
        rmdir "$ICONS/${size}x${size}/apps" "$ICONS/${size}x${size}" 2>/dev/null || true
    done
    rm -f "$ICONS/scalable/apps/$APP.svg"
    rmdir "$ICONS/scalable/apps" "$ICONS/scalable" 2>/dev/null || true
    if [ "$purge" = yes ]; then
        rm -rf "${CONFIG_HOME:?}/$APP" "${APP_HOME:?}" "${CACHE_HOME:?}/$APP"
        say "removed $APP and its settings, logs and recovery files"
    else
        rmdir "$APP_HOME" 2>/dev/null || true
        say "removed $APP (settings and logs kept; --uninstall --purge removes them)"
    fi
    refresh_caches
    # Leave no cache files behind in folders that only held ours.
    drop_if_only "$ICONS" icon-theme.cache
    rmdir "$DATA_HOME/icons" 2>/dev/null || true
    drop_if_only "$APPLICATIONS" mimeinfo.cache
}

case ${1:-} in
    -h|--help) usage ;;
    --uninstall)
        case ${2:-} in
            --purge) uninstall_app yes ;;
            "") uninstall_app no ;;
            *) die "unknown option: $2" ;;
        esac ;;
    -*) die "unknown option: $1 (see --help)" ;;
    *) install_app "$@" ;;
esac
