#!/bin/sh
set -e
if [ -f /run/secrets/db-password ]; then
  DB_PASSWORD="$(cat /run/secrets/db-password)"
  export DB_PASSWORD
fi
exec "$@"
