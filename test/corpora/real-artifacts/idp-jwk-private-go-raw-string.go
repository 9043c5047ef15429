package jwt

/*
Generated using https://mkjwk.org/
*/

var pvtKeyRaw = `
{
    "p": "EIc2MF5wGJeRBjwYvSLiE9AJrIBaElhIeiKfZLgyDdI4U7CIQbrnIanV-hveBOtZUVXyT2PuYehdsLyyMWYbF6Y5U38C0mCm-padnGxyc78v42m_wET2sOX9lftDmWVvSbRrFk9QZmyp0yp8rXHgBFH7dzuRycAXddbEk9hNFwZ",
    "kty": "RSA",
    "q": "OAA363o2U4MY8P3IDDlO_4jlOIf5lvj-LyasU-F6Lx2GJ4rVlLw--AKY179uPU6xziKtQIjEF4rcNaPymG6xHXrrnbGM0YmyN5dHb27F3Giq7m8y3ER1aWstpVftMs2gvzJq1CqBn0hw6m0bci73_eyvcNwahMS0AJrTRonW92R",
    "d": "Tv4_1O1ncyPHlCJb5q1_tchElj--Ix8mghK4maR3HxiQxl6JLDt5Ws6zSE0sV_raznW13ISAC4KAbVAOmkLOxu7pODawDLQsQp2lUmkYH433C1rf8mLer7AjXYQf2Ye33Gn5Imqdl-_lHEp0PiPWneAshG9K7PrsoOSEHf34BKgzkFqE5-r2L31FMB9MC_kgRBU6HclmX139SVA6prWVE1DeesdDsQ2N3rG9A-iyDBvhGweJlkjCZgSLlTKjLIik8Qsy6SjsMHhJHoZuvPsW3JQV3cPpFfbfHm-zjo5YlyiQISfAAcuZWE-zj4UCx2L6oXjDC-CAk6uxYpB5ohtyEH",
    "e": "AQAB",
    "use": "sig",
    "kid": "sig-1686381758",
    "qi": "lUrBPyjR1aT8OIfwQO8a7wboNuNHavplFmfBFJNj4OV1eXsE9PCJ0eo7utRm4ux2SQWqAYE-dYFebcyxZPNjW76FsZA2wn85sjYT2ySqIVTmzgPb3eoNUcGefU1y7QeSAyZ6E2WOCWYccgU4SG1PUt8UT4H0wbXhyea6piWCo73",
    "dp": "D8RdVc96rIpdgcd6jATdcmpzALPl2bL8elm-X-f4txiS4E51SaKXzQqR4g5iMTrmQ4_274unHlGcco5AsqEPmCPCXxQMYE9OGNR2V2j1pyPQtE_7rxEggDJD1J0me9VlMyHKGip5l0hLx30RbfIJ1XZW9Zmcxu6zKg8YTmME5h6",
    "alg": "RS256",
    "dq": "KWMipe2QRdISJQPGca-GDMS0cVrThNQI3SOqcvY8e1KIbG-cb2n3v8eBIsRb8cklEGBgaCqHMrJi4Ao7SUm2m8t_J8rgiFvMvO1mCA6ANzCjP4BbcinN4MCluKRpA8d8L13VPLwHkdlSodzaf4JbR_1s9cyhDYGE0RKvxnU7K6d",
    "n": "a0kiihsoEvhDRLhiLE9cPuauXoul2FZgzChjjitYYT5Xp0ZQanRXMsiyhSwwaMqfV0-5C26KKxL-DIf4jP4SIoOHA4tjXLR9g6TWTnkO1RnYMbCwJ02C7gu3FpeR_6-uuVH1sQdCby-qJPNnbWw46U7_Q-tm3YvgC-D858CCGdZqAqMpiCCK8nSAU-jx_3eIHQibIat241ar6TCZDb2q6wdMo4VPVpOzVHQu_NEUDL6rS2BK9Hq97fuqaJ9CVrNGi6HNgdABtyEVUClYxnXmLsNr-W63udWCJc-MkKgKiDg_KDyaHyVr1MUSrZJjtCgpkOTd-AUe8k60qpw-yHi7eO"
}
`

var pubKeyRaw = `
{
    "kty": "RSA",
    "e": "AQAB",
    "use": "sig",
    "kid": "sig-1686381758",
    "alg": "RS256",
    "n": "a0kiihsoEvhDRLhiLE9cPuauXoul2FZgzChjjitYYT5Xp0ZQanRXMsiyhSwwaMqfV0-5C26KKxL-DIf4jP4SIoOHA4tjXLR9g6TWTnkO1RnYMbCwJ02C7gu3FpeR_6-uuVH1sQdCby-qJPNnbWw46U7_Q-tm3YvgC-D858CCGdZqAqMpiCCK8nSAU-jx_3eIHQibIat241ar6TCZDb2q6wdMo4VPVpOzVHQu_NEUDL6rS2BK9Hq97fuqaJ9CVrNGi6HNgdABtyEVUClYxnXmLsNr-W63udWCJc-MkKgKiDg_KDyaHyVr1MUSrZJjtCgpkOTd-AUe8k60qpw-yHi7eO"
}
`
