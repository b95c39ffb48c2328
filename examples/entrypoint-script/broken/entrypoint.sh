#!/bin/sh
# entrypoint.sh
set -e
if [ -f /config/env ]; then
  . /config/env
fi
exec /app/server "$@"
