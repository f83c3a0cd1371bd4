// A minimal tfplugin6 provider in Go, the reference `make bench` measures ours against (not
// shipped). It does go-plugin's handshake with AutoMTLS itself, serves the schema our framework
// produces for the same resources (read from a file written at bench time, so both sides serve
// exactly the same schema) and keeps objects in memory: read returns the state it is given.
package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	"truemox.bench/plugin"
	"truemox.bench/tfplugin6"
)

const magicCookie = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2"

// serverCertificate makes a self-signed ECDSA certificate for localhost, as go-plugin's
// AutoMTLS server does (CA, both key usages, SAN localhost, back-dated 30 s).
func serverCertificate() (tls.Certificate, []byte, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	now := time.Now().UTC()
	template := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: "localhost", Organization: []string{"truemox bench"}},
		DNSNames:              []string{"localhost"},
		NotBefore:             now.Add(-30 * time.Second),
		NotAfter:              now.Add(24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment | x509.KeyUsageKeyAgreement | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth, x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, template, template, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, der, nil
}

// shutdown answers go-plugin's Shutdown, then stops the server so the process exits at once
// (otherwise terraform waits 2 s and kills it).
type shutdown struct {
	plugin.UnimplementedGRPCControllerServer
	stop chan struct{}
}

func (s *shutdown) Shutdown(context.Context, *plugin.Empty) (*plugin.Empty, error) {
	go func() { close(s.stop) }()
	return &plugin.Empty{}, nil
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(1)
}

// exitWhenParentGoes ends the process when terraform goes without a Shutdown (killed at the
// bench's time limit), as our providers do: an orphan would otherwise serve forever.
func exitWhenParentGoes() {
	parent := os.Getppid()
	for range time.Tick(time.Second) {
		if os.Getppid() != parent {
			logExit()
			os.Exit(0)
		}
	}
}

func main() {
	if os.Getenv("TF_PLUGIN_MAGIC_COOKIE") != magicCookie {
		fail("This binary is a plugin. These are not meant to be executed directly.")
	}
	if len(os.Args) < 3 {
		fail("usage: go-provider SCHEMA_FILE DEFAULTS_FILE")
	}
	provider, err := newProvider(os.Args[1], os.Args[2])
	if err != nil {
		fail("loading the schema: %v", err)
	}
	// Terraform stops providers with StopProvider and Shutdown; Ctrl-C reaches the whole group.
	signal.Ignore(os.Interrupt)
	go exitWhenParentGoes()

	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail("listening: %v", err)
	}
	var options []grpc.ServerOption
	certField := ""
	if clientPEM := os.Getenv("PLUGIN_CLIENT_CERT"); clientPEM != "" {
		cert, der, err := serverCertificate()
		if err != nil {
			fail("making the certificate: %v", err)
		}
		clients := x509.NewCertPool()
		if !clients.AppendCertsFromPEM([]byte(clientPEM)) {
			fail("PLUGIN_CLIENT_CERT holds no certificate")
		}
		options = append(options, grpc.Creds(credentials.NewTLS(&tls.Config{
			Certificates: []tls.Certificate{cert},
			ClientAuth:   tls.RequireAndVerifyClientCert,
			ClientCAs:    clients,
			MinVersion:   tls.VersionTLS12,
		})))
		certField = base64.RawStdEncoding.EncodeToString(der)
	}
	options = append(options, grpc.MaxRecvMsgSize(1<<30), grpc.MaxSendMsgSize(1<<30))
	server := grpc.NewServer(options...)
	tfplugin6.RegisterProviderServer(server, provider)
	stop := make(chan struct{})
	plugin.RegisterGRPCControllerServer(server, &shutdown{stop: stop})
	go func() {
		<-stop
		server.GracefulStop()
	}()
	fmt.Printf("1|6|tcp|%s|grpc|%s\n", listener.Addr().String(), certField)
	if err := server.Serve(listener); err != nil && err != grpc.ErrServerStopped {
		fail("serving: %v", err)
	}
	logExit()
}

// logExit reports the process's CPU time as our providers do (bench/cpu.ts reads it from
// terraform's log at TF_LOG_PROVIDER=INFO).
func logExit() {
	var usage syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &usage) != nil {
		return
	}
	ms := (usage.Utime.Nano() + usage.Stime.Nano()) / int64(time.Millisecond)
	fmt.Fprintf(os.Stderr, "{\"@level\":\"info\",\"@message\":\"Provider process exiting\",\"cpu_ms\":%d}\n", ms)
}
