package dev.spar.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spar server: pages for the practice loop and the JSON API, on the built-in simulator. */
@SpringBootApplication
public class SparWebApplication {
    public static void main(String[] args) {
        SpringApplication.run(SparWebApplication.class, args);
    }
}
