# Parses the saved messages with Python's email package and prints them as JSON.
# The envelope lines appended after each message are cut off first.
import email, email.policy, email.utils, json, os, sys
out = []
for name in sorted(n for n in os.listdir(sys.argv[1]) if n.endswith('.eml')):
    raw = open(os.path.join(sys.argv[1], name), 'rb').read()
    raw = raw[:raw.rfind(b'X-Envelope-From: ')]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    date = email.utils.parsedate_to_datetime(msg['Date'])
    out.append({
        'raw_subject': [v for k, v in email.message_from_bytes(raw).items() if k == 'Subject'][0],
        'subject': str(msg['Subject']),
        'from': msg['From'].addresses[0].addr_spec,
        'to': [x.addr_spec for x in msg['To'].addresses],
        'message_id': msg['Message-ID'],
        'date_ok': date.tzinfo is not None,
        'date_epoch': date.timestamp(),
        'mime': msg.get_content_type(),
        'charset': msg.get_content_charset(),
        'threshold': msg['X-Bandwatch-Threshold'],
        'alert': msg['X-Bandwatch-Alert'],
        'quota': msg['X-Bandwatch-Quota'],
        'body': msg.get_content(),
        'defects': [str(d) for d in msg.defects] + [str(d) for h in msg.keys() for d in msg[h].defects],
        'long_lines': [l for l in raw.split(b'\r\n') if len(l) > 78],
    })
print(json.dumps(out, default=str))
