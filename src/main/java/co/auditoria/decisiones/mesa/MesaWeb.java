package co.auditoria.decisiones.mesa;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * La mesa de analistas y QA es una página estática del servicio ({@code src/main/resources/static/mesa/}, HTML y JS
 * sin paso de build): {@code /mesa} y {@code /mesa/} llevan a su {@code index.html}.
 */
@Configuration(proxyBeanMethods = false)
class MesaWeb implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registro) {
		registro.addRedirectViewController("/mesa", "/mesa/");
		registro.addViewController("/mesa/").setViewName("forward:/mesa/index.html");
	}

}
