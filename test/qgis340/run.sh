#!/usr/bin/env bash
# `make test-qgis340`: the test suite against QGIS 3.40, the QGIS of Debian trixie, in a chroot.
#
#   test/qgis340/run.sh build        make (or reuse) the chroot: debootstrap trixie + QGIS 3.40 + test tools
#   test/qgis340/run.sh test         run the suite inside it, in both configurations below (chroot built)
#   test/qgis340/run.sh              both
#   test/qgis340/run.sh test ARGS...                  pytest ARGS, with trixie's python3-shapely
#   test/qgis340/run.sh test-without-shapely ARGS...  pytest ARGS, python3-shapely hidden
#   test/qgis340/run.sh exec CMD [ARG...]             one command in the repository inside it (to debug)
#
# The chroot is build/trixie-root; build/trixie-root.stamp says it is complete and for which package list,
# so a second run reuses it. Its Python is trixie's (3.13, numpy 2, GDAL 3.10, pyproj 3.7 on PROJ 9.6);
# the host's .venv is never used there. QGIS users on trixie come in two kinds, and the suite runs for both:
# - with python3-shapely (2.1 on Debian's GEOS 3.13): the whole suite, from a venv at /opt/masterplan-venv
#   (system site-packages + pytest-qgis);
# - without it (python3-qgis does not pull it in), where the plugin installs shapely itself: the tests
#   marked needs_python_without_shapely, in an overlay of the chroot where python3-shapely's files are
#   hidden, from /opt/masterplan-venv-wheel (+ the shapely 2.1 wheel, as the host's .venv has it).
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
VENV_WHEEL=/opt/masterplan-venv-wheel
SHARED=$(dirname "$REPO")/shared
SCREENSHOTS=$REPO/build/qgis340/screenshots
APT_PACKAGES=(qgis python3-qgis qgis-providers python3-shapely python3-pyproj python3-numpy python3-gdal
              python3-pytest python3-venv python3-pip ca-certificates xvfb xauth poppler-utils
              pyqt5-dev-tools qttools5-dev-tools make)
PIP_PACKAGES=(pytest-qgis==5.0.2)
PIP_WHEEL_PACKAGES=(pytest-qgis==5.0.2 "shapely>=2.1,<2.2")  # as in test/requirements.txt
WITHOUT_SHAPELY_MARKER=needs_python_without_shapely
APT_OPTIONS=(-o Acquire::Retries=5 -o Acquire::http::Timeout=60 -o Dpkg::Use-Pty=0)
# What the stamp records: a change here rebuilds the chroot.
WANTED="$SUITE $MIRROR ${APT_PACKAGES[*]} $VENV: ${PIP_PACKAGES[*]} $VENV_WHEEL: ${PIP_WHEEL_PACKAGES[*]}"

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

# TARGET is the tree chrooted into: the chroot itself, or an overlay of it (without_system_shapely).
TARGET=$ROOT

mount_system() {  # what apt, QGIS and Xvfb need inside the chroot
    mount_at "$TARGET/proc" -t proc proc
    mount_at "$TARGET/sys" -t sysfs -o ro sysfs
    mount_at "$TARGET/dev" --bind /dev
    mount_at "$TARGET/dev/pts" --bind /dev/pts
    mount_at "$TARGET/dev/shm" -t tmpfs -o mode=1777 tmpfs
    mount_at "$TARGET/tmp" -t tmpfs -o mode=1777 tmpfs
    cp /etc/resolv.conf "$TARGET/etc/resolv.conf"
}

# TLS clients inside (pip, urllib, QGIS) trust what the host trusts: the host's bundle, read-only, over
# trixie's (after apt, whose ca-certificates writes that file).
mount_host_certificates() {
    [[ -f $TARGET/etc/ssl/certs/ca-certificates.crt ]] || { mkdir -p "$TARGET/etc/ssl/certs"; touch "$TARGET/etc/ssl/certs/ca-certificates.crt"; }
    mount_at "$TARGET/etc/ssl/certs/ca-certificates.crt" --bind /etc/ssl/certs/ca-certificates.crt
    mount -o remount,bind,ro "$TARGET/etc/ssl/certs/ca-certificates.crt"
}

in_chroot() {  # in_chroot COMMAND...: a clean environment, trixie's PATH with the venv first
    chroot "$TARGET" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
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
    log "venv $VENV_WHEEL (system site-packages) + ${PIP_WHEEL_PACKAGES[*]}"
    in_chroot /usr/bin/python3 -m venv --system-site-packages "$VENV_WHEEL"
    retry 3 in_chroot "$VENV_WHEEL/bin/python" -m pip install -q "${PIP_WHEEL_PACKAGES[@]:0:1}"
    # The wheel although python3-shapely satisfies the requirement: the overlay hides python3-shapely.
    retry 3 in_chroot "$VENV_WHEEL/bin/python" -m pip install -q --ignore-installed --no-deps "${PIP_WHEEL_PACKAGES[@]:1}"
    unmount_all
    echo "$WANTED" > "$STAMP"
    log "built in $((SECONDS - started)) s"
}

# --- test ----------------------------------------------------------------------------------------------------
mount_repository() {
    [[ -f $STAMP && $(cat "$STAMP") == "$WANTED" ]] || { log "the chroot is not built: $0 build"; exit 1; }
    mount_system
    mount_host_certificates
    mount_at "$TARGET$REPO" --bind "$REPO"
    if [[ -d $SHARED ]]; then
        mount_at "$TARGET$SHARED" --bind "$SHARED"
        mount -o remount,bind,ro "$TARGET$SHARED"
    fi
    # The desktop and atlas tests write build/screenshots: QGIS 3.40's go beside, not over QGIS 3.22's.
    mkdir -p "$SCREENSHOTS" "$REPO/build/screenshots"
    mount_at "$TARGET$REPO/build/screenshots" --bind "$SCREENSHOTS"
}

in_repository() {  # in_repository COMMAND...: in the repository, with the test suite's environment
    in_chroot /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$REPO" \
        env PROJ_DATA=/usr/share/proj PYTHONDONTWRITEBYTECODE=1 QT_QPA_PLATFORM=offscreen CI="${CI:-}" "$@"
}

# An overlay of the chroot in which python3-shapely's files are gone (the chroot itself is left as it is):
# trixie's QGIS as installed without python3-shapely.
OVERLAY=
without_system_shapely() {
    OVERLAY=$(mktemp -d "${TMPDIR:-/tmp}/masterplan-qgis340.XXXXXX")
    mkdir "$OVERLAY/upper" "$OVERLAY/work"
    TARGET=$OVERLAY/root
    mount_at "$TARGET" -t overlay overlay -o "lowerdir=$ROOT,upperdir=$OVERLAY/upper,workdir=$OVERLAY/work"
    rm -rf "$TARGET"/usr/lib/python3/dist-packages/shapely "$TARGET"/usr/lib/python3/dist-packages/shapely-*-info
    if in_chroot /usr/bin/python3 -c "import shapely" 2>/dev/null; then
        log "python3-shapely is still importable in the overlay"; exit 1
    fi
}
remove_overlay() {
    unmount_all
    if [[ -n $OVERLAY ]]; then
        if awk -v dir="$OVERLAY" 'index($2, dir "/") == 1 {found = 1} END {exit !found}' /proc/mounts; then
            log "still mounted under $OVERLAY: left in place"
        else
            rm -rf "$OVERLAY"
        fi
        OVERLAY=
    fi
    TARGET=$ROOT
}

pytest_in() {  # pytest_in VENV LABEL PYTEST-ARGUMENTS...: pytest in the repository; its exit status
    local venv=$1 label=$2 started=$SECONDS status=0; shift 2
    in_repository "$venv/bin/python" -m pytest -p no:cacheprovider -ra "$@" || status=$?
    log "$label: tests ran in $((SECONDS - started)) s (pytest exit $status); screenshots in $SCREENSHOTS"
    return "$status"
}

run_tests() {  # run_tests [with|without] [PYTEST-ARGUMENTS...]: both configurations when none given
    local which=${1:-both}; shift || true
    [[ -f $REPO/masterplan_plugin/resources_rc.py ]] || { log "build the resources first (make resources translations package)"; exit 1; }
    local status=0 second=0
    if [[ $which != without ]]; then
        mount_repository
        in_chroot QT_QPA_PLATFORM=offscreen /usr/bin/qgis_process.bin --version 2>/dev/null | sed -n 's/^/[qgis340] /p' >&2 || true
        if (( $# )); then pytest_in "$VENV" "with python3-shapely" "$@" || status=$?
        else pytest_in "$VENV" "with python3-shapely" test || status=$?; fi
        unmount_all
    fi
    if [[ $which != with ]]; then
        without_system_shapely
        mount_repository
        if (( $# )); then pytest_in "$VENV_WHEEL" "without python3-shapely" "$@" || second=$?
        else
            pytest_in "$VENV_WHEEL" "without python3-shapely" -m "$WITHOUT_SHAPELY_MARKER" test || second=$?
            (( second != 5 )) || { log "no test is marked $WITHOUT_SHAPELY_MARKER"; second=0; }
        fi
        remove_overlay
    fi
    (( status != 0 )) || status=$second
    return "$status"
}

# Everything below runs in a private mount namespace: the mounts end with this process, whatever happens.
if [[ -z ${MASTERPLAN_QGIS340_NS:-} ]]; then
    [[ $(id -u) == 0 ]] || exec sudo -E "$0" "$@"
    MASTERPLAN_QGIS340_NS=1 exec unshare --mount --propagation private "$0" "$@"
fi
trap remove_overlay EXIT

ACTION=${1:-all}
shift || true
ARGUMENTS=("$@")
case $ACTION in
    build) build ;;
    all) build; run_tests both ;;
    test) if (( ${#ARGUMENTS[@]} )); then run_tests with "${ARGUMENTS[@]}"; else run_tests both; fi ;;
    test-without-shapely) run_tests without "${ARGUMENTS[@]}" ;;
    exec) mount_repository; in_repository "${ARGUMENTS[@]}" ;;
    *) echo "usage: $0 [build | all | test [pytest arguments] | test-without-shapely [pytest arguments] | exec COMMAND...]" >&2
       exit 2 ;;
esac
