#!/usr/bin/env bash
# `make test-qgis340`: the test suite against QGIS 3.40, the QGIS of Debian trixie, in a chroot.
#
#   test/qgis340/run.sh build   make (or reuse) the chroot: debootstrap trixie + QGIS 3.40 + test tools
#   test/qgis340/run.sh test    run pytest on this repository inside it (the chroot must be built)
#   test/qgis340/run.sh         both
#   test/qgis340/run.sh exec CMD [ARG...]   run one command in the repository inside it (to debug)
#
# The chroot is build/trixie-root; build/trixie-root.stamp says it is complete and for which package list,
# so a second run reuses it. Its Python is trixie's (3.13, numpy 2, shapely 2.1 on GEOS 3.13, pyproj on
# PROJ 9.6) with pytest-qgis in a venv at /opt/masterplan-venv; the host's .venv is never used there.
# The repository is bind-mounted at its own path and ../shared read-only beside it, so paths and the
# real-data tests are the same as on the host; the screenshots of the desktop tests land in
# build/qgis340/screenshots. All mounts are made in a private mount namespace and unmounted on exit.
# Build the resources, translations and package on the host first (the Makefile target does).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ROOT=${MASTERPLAN_QGIS340_ROOT:-$REPO/build/trixie-root}  # another checkout may share one chroot
STAMP=$ROOT.stamp
SUITE=trixie
MIRROR=http://deb.debian.org/debian
VENV=/opt/masterplan-venv
SHARED=$(dirname "$REPO")/shared
SCREENSHOTS=$REPO/build/qgis340/screenshots
APT_PACKAGES=(qgis python3-qgis qgis-providers python3-shapely python3-pyproj python3-numpy python3-gdal
              python3-pytest python3-venv python3-pip ca-certificates xvfb xauth poppler-utils
              pyqt5-dev-tools qttools5-dev-tools make)
PIP_PACKAGES=(pytest-qgis==5.0.2)
APT_OPTIONS=(-o Acquire::Retries=5 -o Acquire::http::Timeout=60 -o Dpkg::Use-Pty=0)
# What the stamp records: a change here rebuilds the chroot.
WANTED="$SUITE $MIRROR ${APT_PACKAGES[*]} ${PIP_PACKAGES[*]} venv=$VENV"

log() { printf '[qgis340] %s\n' "$*" >&2; }

retry() {  # retry N COMMAND...: the network may fail once; three tries, pausing between them.
    local tries=$1 n=1; shift
    until "$@"; do
        if (( n >= tries )); then log "failed $tries times: $*"; return 1; fi
        log "attempt $n failed, retrying: $*"; sleep $((n * 10)); n=$((n + 1))
    done
}

# --- mounts: recorded as made, unmounted in reverse order by the EXIT trap ---------------------------------
MOUNTED=()
mount_at() {  # mount_at TARGET MOUNT-ARGUMENTS...
    local target=$1; shift
    [[ -e $target ]] || mkdir -p "$target"
    mount "$@" "$target"
    MOUNTED+=("$target")
}
unmount_all() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTED[i]}" 2>/dev/null || umount -l "${MOUNTED[i]}" 2>/dev/null || log "could not unmount ${MOUNTED[i]}"
    done
    MOUNTED=()
}
mounts_under_root() { awk -v root="$ROOT" '$2 == root || index($2, root "/") == 1 {print $2}' /proc/mounts; }

mount_system() {  # what apt, QGIS and Xvfb need inside the chroot
    mount_at "$ROOT/proc" -t proc proc
    mount_at "$ROOT/sys" -t sysfs -o ro sysfs
    mount_at "$ROOT/dev" --bind /dev
    mount_at "$ROOT/dev/pts" --bind /dev/pts
    mount_at "$ROOT/dev/shm" -t tmpfs -o mode=1777 tmpfs
    mount_at "$ROOT/tmp" -t tmpfs -o mode=1777 tmpfs
    cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
}

# TLS clients inside (pip, urllib, QGIS) trust what the host trusts: the host's bundle, read-only, over
# trixie's (after apt, whose ca-certificates writes that file).
mount_host_certificates() {
    [[ -f $ROOT/etc/ssl/certs/ca-certificates.crt ]] || { mkdir -p "$ROOT/etc/ssl/certs"; touch "$ROOT/etc/ssl/certs/ca-certificates.crt"; }
    mount_at "$ROOT/etc/ssl/certs/ca-certificates.crt" --bind /etc/ssl/certs/ca-certificates.crt
    mount -o remount,bind,ro "$ROOT/etc/ssl/certs/ca-certificates.crt"
}

in_chroot() {  # in_chroot COMMAND...: a clean environment, trixie's PATH with the venv first
    chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
        PATH="$VENV/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
        PIP_DISABLE_PIP_VERSION_CHECK=1 "$@"
}

# --- build ---------------------------------------------------------------------------------------------------
build() {
    if [[ -f $STAMP && $(cat "$STAMP") == "$WANTED" && -x $ROOT/usr/bin/qgis_process.bin ]]; then
        log "reusing $ROOT (complete: $STAMP)"
        return
    fi
    local started=$SECONDS
    [[ -z $(mounts_under_root) ]] || { log "refusing to rebuild: mounted under $ROOT: $(mounts_under_root)"; exit 1; }
    command -v debootstrap >/dev/null || {
        log "installing debootstrap"
        apt-get "${APT_OPTIONS[@]}" update -q
        DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTIONS[@]}" install -y -q --no-install-recommends debootstrap
    }
    rm -f "$STAMP"
    log "debootstrap $SUITE into $ROOT"
    fresh_debootstrap() {
        [[ -z $(mounts_under_root) ]] || return 1
        rm -rf "$ROOT"
        debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR"
    }
    retry 3 fresh_debootstrap
    # Services never start inside the chroot.
    printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d" && chmod +x "$ROOT/usr/sbin/policy-rc.d"
    mount_system
    log "apt-get install ${APT_PACKAGES[*]}"
    retry 3 in_chroot apt-get "${APT_OPTIONS[@]}" update -q
    retry 3 in_chroot apt-get "${APT_OPTIONS[@]}" install -y -q --no-install-recommends "${APT_PACKAGES[@]}"
    in_chroot apt-get clean
    mount_host_certificates
    log "venv $VENV (system site-packages) + ${PIP_PACKAGES[*]}"
    in_chroot /usr/bin/python3 -m venv --system-site-packages "$VENV"
    retry 3 in_chroot "$VENV/bin/python" -m pip install -q "${PIP_PACKAGES[@]}"
    unmount_all
    echo "$WANTED" > "$STAMP"
    log "built in $((SECONDS - started)) s"
}

# --- test ----------------------------------------------------------------------------------------------------
mount_repository() {
    [[ -f $STAMP && $(cat "$STAMP") == "$WANTED" ]] || { log "the chroot is not built: $0 build"; exit 1; }
    mount_system
    mount_host_certificates
    mount_at "$ROOT$REPO" --bind "$REPO"
    if [[ -d $SHARED ]]; then
        mount_at "$ROOT$SHARED" --bind "$SHARED"
        mount -o remount,bind,ro "$ROOT$SHARED"
    fi
    # The desktop and atlas tests write build/screenshots: QGIS 3.40's go beside, not over QGIS 3.22's.
    mkdir -p "$SCREENSHOTS" "$REPO/build/screenshots"
    mount_at "$ROOT$REPO/build/screenshots" --bind "$SCREENSHOTS"
}

in_repository() {  # in_repository COMMAND...: in the repository, with the test suite's environment
    in_chroot /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$REPO" \
        env PROJ_DATA=/usr/share/proj PYTHONDONTWRITEBYTECODE=1 QT_QPA_PLATFORM=offscreen CI="${CI:-}" "$@"
}

run_tests() {
    [[ -f $REPO/masterplan_plugin/resources_rc.py ]] || { log "build the resources first (make resources translations package)"; exit 1; }
    mount_repository
    in_chroot QT_QPA_PLATFORM=offscreen /usr/bin/qgis_process.bin --version 2>/dev/null | sed -n 's/^/[qgis340] /p' >&2 || true
    local started=$SECONDS status=0
    in_repository "$VENV/bin/python" -m pytest -p no:cacheprovider -ra "${ARGUMENTS[@]}" || status=$?
    log "tests ran in $((SECONDS - started)) s (pytest exit $status); screenshots in $SCREENSHOTS"
    return "$status"
}

# Everything below runs in a private mount namespace: the mounts end with this process, whatever happens.
if [[ -z ${MASTERPLAN_QGIS340_NS:-} ]]; then
    [[ $(id -u) == 0 ]] || exec sudo -E "$0" "$@"
    MASTERPLAN_QGIS340_NS=1 exec unshare --mount --propagation private "$0" "$@"
fi
trap unmount_all EXIT

ACTION=${1:-all}
shift || true
ARGUMENTS=("$@")
case $ACTION in
    build) build ;;
    test|all)
        (( ${#ARGUMENTS[@]} )) || ARGUMENTS=(test)
        [[ $ACTION == test ]] || build
        run_tests ;;
    exec) mount_repository; in_repository "${ARGUMENTS[@]}" ;;
    *) echo "usage: $0 [build|test|all [pytest arguments]] | exec COMMAND..." >&2; exit 2 ;;
esac
