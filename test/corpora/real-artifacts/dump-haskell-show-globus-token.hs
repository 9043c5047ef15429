-- https://nso.edu/?code=NaiIGkfqUSjTEuBxqToBmRBzZYTUCf&state=state

-- OAuth2Token {accessToken = AccessToken {atoken = "Ag3Jbgmv1bGEyEmX4y59mMz577yrBbvv1veJ1ayP2x10gw01b0fVCb5g0DWMJEO013NmWGqwEPqpnXhdmMP1VUQJg9K"}, refreshToken = Nothing, expiresIn = Just 172800, tokenType = Just "Bearer", idToken = Nothing}
