package dev.spar.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Single-user Spar serves this machine only: the caller's address counts, not only the Host it names. */
class LoopbackOnlyTests {
    private static MockHttpServletResponse request(String remoteAddress, String host) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/sessions");
        request.setRemoteAddr(remoteAddress);
        request.setServerName(host);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityConfiguration.LoopbackOnly().doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void refusesACallerOnTheNetworkThatClaimsToBeLocalhost() throws Exception {
        assertThat(request("192.168.1.20", "localhost").getStatus()).isEqualTo(403);
        assertThat(request("fe80::1", "127.0.0.1").getStatus()).isEqualTo(403);
    }

    @Test
    void refusesAForeignHostNameFromThisMachine() throws Exception {
        assertThat(request("127.0.0.1", "evil.example").getStatus()).isEqualTo(421);
    }

    @Test
    void servesThisMachineByALoopbackName() throws Exception {
        assertThat(request("127.0.0.1", "localhost").getStatus()).isEqualTo(200);
        assertThat(request("0:0:0:0:0:0:0:1", "[::1]").getStatus()).isEqualTo(200);
    }
}
