package dev.spar.web.accounts;

import dev.spar.web.practice.PracticeService;
import dev.spar.web.teams.TeamData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Login, sign-up by invitation, invitations, and deleting one's data. */
@Controller
class AccountPage {
    private final Accounts accounts;
    private final PracticeService practice;
    private final CurrentUser user;
    private final TeamData teamData;

    AccountPage(Accounts accounts, PracticeService practice, CurrentUser user, TeamData teamData) {
        this.accounts = accounts;
        this.teamData = teamData;
        this.practice = practice;
        this.user = user;
    }

    @GetMapping("/login")
    String login(@RequestParam(defaultValue = "") String next, HttpServletRequest request, Model model) {
        if (!user.accounts()) {
            return "redirect:/";
        }
        model.addAttribute("username", LoginFlow.lastUsername(request.getSession(false)));
        model.addAttribute("next", LoginFlow.next(next).orElse(""));
        return "login";
    }

    @GetMapping("/signup")
    String signup(@RequestParam(defaultValue = "") String code, Model model) {
        if (!user.accounts()) {
            return "redirect:/";
        }
        model.addAttribute("code", code);
        model.addAttribute("min", Accounts.MIN_PASSWORD);
        return "signup";
    }

    @PostMapping("/signup")
    String signUp(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            Model model) {
        if (!user.accounts()) {
            return "redirect:/";
        }
        String name;
        try {
            name = accounts.signUp(code, username, password);
        } catch (IllegalArgumentException e) {
            model.addAttribute("code", code);
            model.addAttribute("username", username);
            model.addAttribute("min", Accounts.MIN_PASSWORD);
            model.addAttribute("problem", e.getMessage());
            return "signup";
        }
        // the account is theirs: in at once, on a new session, rather than typing it all again on the login page
        try {
            request.login(name, password);
            request.changeSessionId();
        } catch (jakarta.servlet.ServletException e) {
            return "redirect:/login?welcome";
        }
        return "redirect:/?welcome";
    }

    @GetMapping("/account")
    String account(Model model, HttpServletRequest request) {
        model.addAttribute("accounts", user.accounts());
        model.addAttribute("runs", practice.list(user.name()).size());
        boolean admin = user.accounts() && request.isUserInRole("ADMIN");
        model.addAttribute("admin", admin);
        model.addAttribute("invitations", admin ? accounts.invitations(user.name()) : List.of());
        model.addAttribute(
                "base", request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
        return "account";
    }

    @PostMapping("/account/invitations")
    String invite() {
        accounts.invite(java.util.Optional.of(user.name()));
        return "redirect:/account#invitations";
    }

    @PostMapping("/account/delete-data")
    String deleteData(
            @RequestParam(defaultValue = "") String confirm,
            @RequestParam(defaultValue = "false") boolean account,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!"delete".equals(confirm.strip())) {
            return "redirect:/account?confirm";
        }
        String me = user.name();
        boolean andAccount = account && user.accounts();
        teamData.forget(me, andAccount);
        if (andAccount) {
            new SecurityContextLogoutHandler()
                    .logout(
                            request,
                            response,
                            SecurityContextHolder.getContext().getAuthentication());
            return "redirect:/login?gone";
        }
        return "redirect:/account?deleted";
    }
}
