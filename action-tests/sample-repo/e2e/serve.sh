#!/bin/sh
# The API stand-in: /health, and /metrics in the Prometheus text format, on port 8080.
set -e
mkdir -p /www/api
echo ok > /www/health
cat > /www/metrics <<'METRICS'
# HELP shop_orders_total Orders taken.
# TYPE shop_orders_total counter
shop_orders_total{status="paid"} 12
# HELP shop_up Whether the shop answers.
# TYPE shop_up gauge
shop_up 1
METRICS
echo '{"status":"ok","agents":[]}' > /www/api/agents
echo "api listening on :8080"
exec httpd -f -p 8080 -h /www
