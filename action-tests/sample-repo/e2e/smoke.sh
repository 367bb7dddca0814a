#!/usr/bin/env bash
# The E2E suite: asks the API on the host port Docker published (FLOW_E2E_API_8080).
set -euo pipefail
get() {
  exec 3<>"/dev/tcp/127.0.0.1/$FLOW_E2E_API_8080"
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" >&3
  cat <&3
  exec 3<&-
}
echo "project $FLOW_E2E_PROJECT, api on port $FLOW_E2E_API_8080"
get /api/agents | grep -q '"status":"ok"'
echo "GET /api/agents: ok"
