<?php

$ch = curl_init('https://api.callbell.eu/v1/messages/send');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'Authorization: Bearer ' . getenv('CALLBELL_API_TOKEN'),
        'Content-Type: application/json',
        'Accept: application/json',
    ],
    CURLOPT_POSTFIELDS => '{
  "to": "+31612345678",
  "from": "whatsapp",
  "type": "text",
  "content": {
    "text": "John Doe"
  },
  "template_values": [
    "Jack",
    "template",
    "Cheers"
  ],
  "template_uuid": "d980fb66fd5043d3ace1aa06ba044342",
  "optin_contact": true
}',
    CURLOPT_RETURNTRANSFER => true,
]);

$response = curl_exec($ch);
if ($response === false) {
    fwrite(STDERR, 'Request failed: ' . curl_error($ch) . PHP_EOL);
    exit(1);
}
echo $response . PHP_EOL;
$status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
if ($status >= 300) {
    fwrite(STDERR, "Request failed with status $status" . PHP_EOL);
    exit(1);
}
