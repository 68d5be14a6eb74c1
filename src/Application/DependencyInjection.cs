using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // A validator that takes no services holds no state: one instance (building its rules on every request cost CPU);
        // validators that query the database stay scoped with the DbContext.
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, r => r.ValidatorType.GetConstructor(Type.EmptyTypes) is not null, includeInternalTypes: true);
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, r => r.ValidatorType.GetConstructor(Type.EmptyTypes) is null, includeInternalTypes: true);
        foreach (var source in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Projects.Timeline.IProjectTimelineSource).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(Projects.Timeline.IProjectTimelineSource), source);
        }

        services.AddSingleton<Common.Metrics.InvestPromoMetrics>();
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : FieldDisplayNames.For(member.Name);
        ValidatorOptions.Global.LanguageManager = new ValidationMessages();
        return services;
    }
}
