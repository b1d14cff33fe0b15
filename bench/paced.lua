-- Paces each wrk connection to about 100 requests per second: a steady load that leaves the
-- two cores of this machine to the JVMs, rather than a saturating one.
function delay()
  return 10
end
