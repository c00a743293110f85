#!/usr/bin/env bash
# Install (Debian's package, if missing) and start a local PostgreSQL server, create the test role and
# database, and export VNCITE_TEST_POSTGRES_URL for the index tests.
# Source it (`. .ci/postgres.sh`) to get the variable; run it to have the URL printed. Prints nothing else.
_vncite_pg_setup() {
    local -  # the shell options below stay inside this function when the script is sourced
    set -euo pipefail
    local role=vncite db=vncite_test password=vncite port
    # the server itself, not just the client that some machines carry
    if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        if [ "$(id -u)" -ne 0 ]; then
            echo "postgres.sh: PostgreSQL is not installed and this is not root: apt-get install postgresql" >&2
            return 1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo -n)
    local version cluster
    read -r version cluster port _ < <(pg_lsclusters -h | head -n 1) || true
    if [ -z "${version:-}" ]; then
        version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
        cluster=main
        "${sudo[@]}" pg_createcluster "$version" "$cluster" >/dev/null
        read -r version cluster port _ < <(pg_lsclusters -h | head -n 1)
    fi
    if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}' | grep -q online; then
        "${sudo[@]}" pg_ctlcluster "$version" "$cluster" start >/dev/null
    fi
    local psql=("${sudo[@]}" runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtAX)
    [ "$(id -u)" -ne 0 ] && psql=(sudo -n -u postgres psql -p "$port" -v ON_ERROR_STOP=1 -qtAX)
    if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]; then
        "${psql[@]}" -c "CREATE ROLE $role LOGIN PASSWORD '$password'" >/dev/null
    fi
    if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
        "${psql[@]}" -c "CREATE DATABASE $db OWNER $role ENCODING 'UTF8' TEMPLATE template0" >/dev/null
    fi
    VNCITE_TEST_POSTGRES_URL="postgresql+psycopg://$role:$password@127.0.0.1:$port/$db"
    export VNCITE_TEST_POSTGRES_URL
}

_vncite_pg_setup || { unset -f _vncite_pg_setup; return 1 2>/dev/null || exit 1; }
unset -f _vncite_pg_setup
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    echo "$VNCITE_TEST_POSTGRES_URL"
fi
