require 'net/http'
require 'uri'

uri = URI('https://api.callbell.eu/v1/messages/send')
request = Net::HTTP::Post.new(uri)
request['Authorization'] = "Bearer #{ENV.fetch('CALLBELL_API_TOKEN')}"
request['Content-Type'] = 'application/json'
request['Accept'] = 'application/json'
request.body = '{
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
}'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
abort "Request failed: #{response.code} #{response.message}" unless response.is_a?(Net::HTTPSuccess)
