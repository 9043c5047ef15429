export const testJwk = {
  "keys": [
    {
      "kid": "4d0BAcsywN-pzaV1UbY3qt1HprviquxdX-huNyrFFxU",
      "kty": "RSA",
      "alg": "RS256",
      "use": "sig",
      "n": "rpTTkj5COvzBoH_CgLQdeyUqCrcS8y7VAGghMkS1QJ3CdrSBCj3hJyxuvGa5Vu2IX_axqAtDGGUUDSqRCqcpuYB5OTA_ln14WckLjfRMIypUrncbvaYAwfOWgfJbe_wcDHnPOI6pBnL3gFE_TMuiU7TWCHfI1yQMfwqanPpEohXY1tw6d-D7bIKEr7bSW3ABgihdw7swJ-wxoGn-s8g5doM_CM80krEA_8dc_yIqUJ5M_Q4GuM2pobVeEulCPgg4xqr8DSbbLCKX5SFoknCPTkLBRSC8WKtcyrssFLJzgnxVoW_5CNtNiyX0XpezhDaoKYyXoS-AJD_756ArcvuzEQ",
      "e": "AQAB",
      "x5c": [
        "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKb5uPq5PeX0R2jepo/GZxbu5tEWTNCv05pQ/VOQODiCHRBT1SCRKrtFFc4m8QcZzmJC+VF4TGcaxKZiErv4vgcCAwEAAQ=="
      ],
      "x5t": "9ryEijgKdgE6SCmYuAArgH81-uI",
      "x5t#S256": "0ZSBWwdKnV_FrddDLV7sMwcDCQIpEsxubZ2jUx8m75Y"
    }
  ]
};

export const testPrivKey = `
MIIBOwIBAAJBAKb5uPq5PeX0R2jepo/GZxbu5tEWTNCv05pQ/VOQODiCHRBT1SCR
KrtFFc4m8QcZzmJC+VF4TGcaxKZiErv4vgcCAwEAAQJADQeLkbUGyXzoXZySLsHy
pW17AXHWCKrPvkj3m5+zY2VTUKxJaY7hQrt6HiiDMgC59rOCbFpk4zUT7v8Yc/lN
0QIhAOm+YKyN8SJqXhDh81iFUQWW2uOr/QT6lan1AAjPuI/LAiEAtt/WBSOUk//F
PLTOG+9qrP2Xe9+COaCuy8v2cLCXyzUCIDmRfuPgzavpQKOt0q5Rn2PeBKkgOd/Z
C7VhNxH0fwNDAiEAsRtKfKOey06TyF0al3dhCrR2NuOZjRIO9xRLUYvVFlkCIQDV
Kw7759Uo+Iw1uAXTtFKDcm4HFOTNtLPtegq6kNRY/g==`;
