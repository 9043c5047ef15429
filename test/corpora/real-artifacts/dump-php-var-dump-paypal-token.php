    $json = json_decode($results);

/*

object(stdClass)#1 (6) {
["scope"]=>
string(780) "https://uri.paypal.com/services/invoicing https://uri.paypal.com/services/vault/payment-tokens/read https://uri.paypal.com/services/disputes/read-buyer https://uri.paypal.com/services/payments/realtimepayment https://uri.paypal.com/services/disputes/update-seller https://uri.paypal.com/services/payments/payment/authcapture openid https://uri.paypal.com/services/disputes/read-seller Braintree:Vault https://uri.paypal.com/services/payments/refund https://api.paypal.com/v1/vault/credit-card https://api.paypal.com/v1/payments/.* https://uri.paypal.com/payments/payouts https://uri.paypal.com/services/vault/payment-tokens/readwrite https://api.paypal.com/v1/vault/credit-card/.* https://uri.paypal.com/services/subscriptions https://uri.paypal.com/services/applications/webhooks"
["access_token"]=>
string(97) "A21AAJLZsv5p0j7bPyYQEFMO7sEb9AVqaqxROXmoNn7mUnchtzUSOvMvRLe6e50RfOcFbfrCugJPcD-pr6f9O8Fq-V0qtbshA"
["token_type"]=>
string(6) "Bearer"
["app_id"]=>
string(21) "APP-80W284485P519543T"
["expires_in"]=>
int(32400)
["nonce"]=>
string(63) "2021-07-20T12:49:06ZSLtCOEHxBW-mLxC5dAvO1WmHlH1MDlos2QJZTJfGEnQ"
}

*/

    dump($json);
