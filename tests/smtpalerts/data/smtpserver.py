# aiosmtpd on 127.0.0.1 for tst_smtpalerts: STARTTLS (or none with --no-starttls, or
# offered in EHLO but answered "454" with --refuse-starttls),
# AUTH LOGIN/PLAIN with one user, every accepted message saved to --maildir.
# Run with /usr/bin/python3 (Debian's python3-aiosmtpd); stops when stdin closes.
import argparse, os, ssl, sys, time
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword, syntax

p = argparse.ArgumentParser()
p.add_argument('--port', type=int, required=True)
p.add_argument('--maildir', required=True)
p.add_argument('--cert')
p.add_argument('--key')
p.add_argument('--user', required=True)
p.add_argument('--password', required=True)
p.add_argument('--no-starttls', action='store_true')
p.add_argument('--smtps', action='store_true')  # TLS from the first byte
p.add_argument('--refuse-starttls', action='store_true')
a = p.parse_args()

class Handler:
    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(a.maildir, '%d.eml' % time.time_ns())
        with open(name + '.tmp', 'wb') as f:
            f.write(envelope.original_content or envelope.content)
            f.write(b'X-Envelope-From: ' + envelope.mail_from.encode() + b'\r\n')
            f.write(b'X-Envelope-To: ' + ','.join(envelope.rcpt_tos).encode() + b'\r\n')
        os.rename(name + '.tmp', name)
        return '250 OK message accepted'

def authenticate(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login == a.user.encode()
          and auth_data.password == a.password.encode())
    return AuthResult(success=ok, handled=False)

kw = dict(hostname='127.0.0.1', port=a.port, authenticator=authenticate, auth_required=True)
if a.no_starttls:
    kw['auth_require_tls'] = False
else:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(a.cert, a.key)
    if a.smtps:
        # aiosmtpd only counts STARTTLS as TLS for AUTH; here the whole session is TLS.
        kw.update(ssl_context=ctx, auth_require_tls=False)
    else:
        kw.update(tls_context=ctx, require_starttls=True)
REFUSAL = '454 4.7.0 TLS not available due to temporary reason'

class RefusingSMTP(SMTP):
    @syntax('STARTTLS')
    async def smtp_STARTTLS(self, arg):
        await self.push(REFUSAL)

class RefusingController(Controller):
    def factory(self):
        return RefusingSMTP(self.handler, **self.SMTP_kwargs)

c = (RefusingController if a.refuse_starttls else Controller)(Handler(), **kw)
c.start()
print('READY', flush=True)
sys.stdin.read()   # until the test closes stdin, or dies
c.stop()
