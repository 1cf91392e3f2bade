//! The code in the sample chapter: one short, realistic program or configuration per
//! language, with `@N@` where the section number goes so no two blocks are identical.

pub(super) const TYPESCRIPT: &str = r"// Token bucket limiter, revision @N@
interface BucketOptions {
  capacity: number;
  refillPerSecond: number;
}

export class TokenBucket {
  private tokens: number;
  private last = Date.now();

  constructor(private readonly options: BucketOptions) {
    this.tokens = options.capacity;
  }

  take(cost = 1): boolean {
    pub(super) const now = Date.now();
    pub(super) const elapsed = (now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(
      this.options.capacity,
      this.tokens + elapsed * this.options.refillPerSecond,
    );
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }
}

pub(super) const limiter = new TokenBucket({ capacity: @N@, refillPerSecond: 5 });
console.log(`allowed: ${limiter.take()}`);
";

pub(super) const PYTHON: &str = r#"from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass
class LruCache:
    """Keeps at most `capacity` entries, evicting the least recently used."""

    capacity: int = @N@
    entries: OrderedDict = field(default_factory=OrderedDict)

    def get(self, key: str) -> str | None:
        if key not in self.entries:
            return None
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key: str, value: str) -> None:
        self.entries[key] = value
        self.entries.move_to_end(key)
        while len(self.entries) > self.capacity:
            self.entries.popitem(last=False)


cache = LruCache()
cache.put("user:42", "Ada")
print(f"hit={cache.get('user:42')!r} size={len(cache.entries)}")
"#;

pub(super) const RUST: &str = r#"use std::hash::{DefaultHasher, Hash, Hasher};

/// A consistent hash ring with virtual nodes (revision @N@).
pub struct Ring {
    points: Vec<(u64, String)>,
}

impl Ring {
    pub fn new(nodes: &[&str], replicas: usize) -> Self {
        let mut points = Vec::with_capacity(nodes.len() * replicas);
        for node in nodes {
            for replica in 0..replicas {
                points.push((hash(&format!("{node}#{replica}")), node.to_string()));
            }
        }
        points.sort();
        Ring { points }
    }

    pub fn owner(&self, key: &str) -> Option<&str> {
        let h = hash(key);
        let i = self.points.partition_point(|(p, _)| *p < h);
        self.points.get(i % self.points.len().max(1)).map(|(_, n)| n.as_str())
    }
}

fn hash(value: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}
"#;

pub(super) const SQL: &str = r"-- Orders per customer over the last @N@ days
CREATE TABLE IF NOT EXISTS orders (
    id          BIGSERIAL PRIMARY KEY,
    customer_id BIGINT      NOT NULL REFERENCES customers (id),
    total_cents INTEGER     NOT NULL CHECK (total_cents >= 0),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC);

SELECT c.name,
       COUNT(o.id)        AS orders,
       SUM(o.total_cents) AS revenue_cents
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
WHERE o.created_at > now() - INTERVAL '@N@ days'
GROUP BY c.name
HAVING COUNT(o.id) > 2
ORDER BY revenue_cents DESC
LIMIT 20;
";

pub(super) const NGINX: &str = r"upstream app_servers {
    least_conn;
    server 10.0.0.11:8080 max_fails=3 fail_timeout=10s;
    server 10.0.0.12:8080 max_fails=3 fail_timeout=10s;
    keepalive 32;
}

limit_req_zone $binary_remote_addr zone=api:10m rate=@N@r/s;

server {
    listen 443 ssl;
    server_name api.example.com;

    location /api/ {
        limit_req zone=api burst=20 nodelay;
        proxy_pass http://app_servers;
        proxy_set_header Host $host;
        proxy_set_header X-Request-Id $request_id;
    }

    location /static/ {
        root /var/www;
        expires 7d;
    }
}
";

pub(super) const TOML: &str = r#"# Service configuration, revision @N@
[service]
name = "checkout"
replicas = 3
regions = ["eu-west-1", "us-east-1"]

[service.limits]
requests_per_second = 250
burst = 50

[database]
url = "postgres://db.internal:5432/shop"
pool_size = 16
statement_timeout_ms = 2_000

[[queues]]
name = "emails"
visibility_timeout = "30s"

[[queues]]
name = "invoices"
visibility_timeout = "2m"
dead_letter = true
"#;

pub(super) const YAML: &str = r#"# Deployment, revision @N@
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  labels:
    app: checkout
spec:
  replicas: 3
  selector:
    matchLabels:
      app: checkout
  template:
    metadata:
      labels:
        app: checkout
    spec:
      containers:
        - name: web
          image: registry.example.com/checkout:1.@N@.0
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
            periodSeconds: 5
          resources:
            limits: { cpu: "500m", memory: 256Mi }
"#;

pub(super) const JSON: &str = r#"{
  "id": "evt_@N@",
  "type": "order.created",
  "created": 1718000000,
  "data": {
    "order": {
      "id": "ord_@N@",
      "currency": "EUR",
      "total": 4299,
      "items": [
        { "sku": "BOOK-1", "quantity": 1, "price": 2999 },
        { "sku": "PEN-7", "quantity": 2, "price": 650 }
      ],
      "shipping": null,
      "gift": false
    }
  },
  "retries": [0, 30, 120]
}
"#;

pub(super) const SHELL: &str = r#"#!/usr/bin/env bash
set -euo pipefail

# Stepped load test, revision @N@
TARGET="${TARGET:-https://staging.example.com}"
for rate in 50 100 200 400; do
  echo "== ${rate} req/s =="
  vegeta attack -rate="${rate}" -duration=30s <<<"GET ${TARGET}/api/health" \
    | vegeta report -type=text \
    | grep -E 'Latencies|Success'
done

if ! curl -fsS "${TARGET}/api/health" >/dev/null; then
  echo "health check failed" >&2
  exit 1
fi
"#;
