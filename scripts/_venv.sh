# Sourced by demo.sh and test.sh: create the project's virtual environment once, install
# paperkg into it, and put it first on PATH.
#
# Why a venv: Debian's python3 refuses `pip install` outside one (PEP 668,
# "externally-managed-environment"), and a stock Debian has `python3` but no `python`.
# The venv lives in .venv at the repository root (git-ignored); PAPERKG_VENV moves it,
# PYTHON picks the interpreter that creates it (default: python3, else python).

# Run apt-get as root (or through sudo), waiting up to 10 minutes for another apt or dpkg
# to let go of the lock instead of failing with "Could not get lock".
paperkg_apt_get() {
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: apt-get needs root; run as root or install: $*" >&2
            return 1
        fi
    fi
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 "$@"
}

paperkg_venv() {
    # Usage: paperkg_venv EXTRAS   (e.g. "all" or "all,test")
    local extras="$1"
    local base="${PYTHON:-}"
    if [ -z "$base" ]; then
        base="$(command -v python3 || command -v python || true)"
    fi
    if [ -z "$base" ]; then
        echo "error: no python3 found; install Python 3.11 or later (apt-get install python3)" >&2
        return 1
    fi
    if ! "$base" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "error: paperkg needs Python 3.11 or later; $base is $("$base" -V 2>&1)" >&2
        return 1
    fi
    local venv="${PAPERKG_VENV:-.venv}"
    if [ ! -x "$venv/bin/python" ]; then
        echo "creating the virtual environment $venv (with $("$base" -V 2>&1))" >&2
        if ! "$base" -m venv "$venv" 2>/dev/null; then
            # Debian ships venv's pip bootstrap (ensurepip) in a separate package.
            rm -rf "$venv"
            local minor
            minor="$("$base" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
            echo "installing python${minor}-venv, which Debian needs to create a venv" >&2
            paperkg_apt_get update -qq
            paperkg_apt_get install -y -qq "python${minor}-venv" >/dev/null
            "$base" -m venv "$venv"
        fi
    fi
    # shellcheck disable=SC1091
    . "$venv/bin/activate"
    # Install once per pyproject.toml and extras; a rerun with nothing changed skips pip.
    local stamp="$venv/.paperkg-installed"
    local want
    want="$extras $(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || ! grep -qxF "$want" "$stamp"; then
        echo "installing paperkg[$extras] into $venv (CPU torch first; several minutes the first time)" >&2
        # CPU torch first: a plain 'torch' requirement would pull a multi-GB CUDA build.
        # --no-compile: byte-compiling every file of torch and the rest took 125 s of a 150 s
        # install here; Python compiles (and caches) each module on its first import instead.
        python -m pip install --quiet --no-compile "${PAPERKG_TORCH:-torch==2.13.0}"
        python -m pip install --quiet --no-compile -e ".[$extras]"
        echo "$want" >>"$stamp"
    fi
}
