validate_access_token_resp_test()->
  Resp=[{<<"access_token">>,<<"AfrRsRT1GirpBnfxd21IeHwbvlwKUAVHyjPsgAx4sm5OtvCpSDgkXvVlUoUaFdrGnVxdG-brGOFUDgCHkmgUfAbMytvxh8q6jJDcZZDVm04">>},{<<"expires_in">>,7200},{<<"refresh_token">>,<<"dsW0xnN17vHq3h4wSWKth6_MTOlaVNiryioWJZBAC16u2dUm3lb-rT8Kk-n5B5e91WCh5jNyyRXEHhwulVuZeOJs0AuZ5uysmfhX0ZQiKUk">>},{<<"openid">>,<<"ofD9N0wpZmyZrpT5A4FobW055TKY">>},{<<"scope">>,<<"snsapi_userinfo">>}],
  ?assertEqual({ok, resp, Resp}, validate_access_token_resp(Resp)),
  ok.
