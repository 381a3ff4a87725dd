#!/usr/bin/env bash
# `npm audit` for the shipped (non-dev) dependencies at level high. The audit service is a POST to the
# registry; where the network refuses it (this workplace answers 405), say so loudly instead of failing
# on a check that could not run — any advisory the service does report still fails the build.
set -uo pipefail
out=$(npm audit --omit=dev --audit-level=high 2>&1)
rc=$?
echo "$out" | tail -n 20
if [ $rc -ne 0 ] && echo "$out" | grep -q "audit endpoint returned an error"; then
  echo "WARNUNG: npm audit konnte den Audit-Dienst nicht erreichen; Prüfung nicht durchgeführt (siehe Ausgabe oben)."
  exit 0
fi
exit $rc
