#!/usr/bin/env bash
# Runs once, when the PostgreSQL data volume is first initialised (docker-entrypoint-initdb.d): one role and one
# database per service, and one for Keycloak. Each role owns only its own database and no role but the owner (and
# the superuser) may connect to it, so a service cannot read another's data even with its own credentials.
# Passwords come from the environment (deploy/compose/.env), never from this file.
set -euo pipefail

create_database() {
  local database="$1" role="$2" password="$3"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$role" -v database="$database" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create_database quota         quota         "$QUOTA_DB_PASSWORD"
create_database placement     placement     "$PLACEMENT_DB_PASSWORD"
create_database housing_stock housing_stock "$HOUSING_STOCK_DB_PASSWORD"
create_database supervision   supervision   "$SUPERVISION_DB_PASSWORD"
create_database webhooks      webhooks      "$WEBHOOKS_DB_PASSWORD"
create_database keycloak      keycloak      "$KEYCLOAK_DB_PASSWORD"
