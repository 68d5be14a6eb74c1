using FluentValidation;
using InvestPromo.Application.Common.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : FieldDisplayNames.For(member.Name);
        return services;
    }
}
