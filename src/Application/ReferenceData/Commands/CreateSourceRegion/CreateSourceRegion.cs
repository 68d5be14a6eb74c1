using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.ReferenceData.Commands.CreateSourceRegion;

/// <summary>
/// An admin adds a source region; it starts active. The code decides the kind: six digits a GB/T 2260 division (a province
/// ends in 0000; any other is a city, whose province must exist), two letters an ISO 3166-1 country. A code already there,
/// active or not, is a 409 <c>region.code-taken</c>. It is listed last among its siblings.
/// </summary>
public sealed record CreateSourceRegionCommand(string Code, string Name, string NameEn) : ICommand<SourceRegionDto>;

public sealed class CreateSourceRegionValidator : AbstractValidator<CreateSourceRegionCommand>
{
    public CreateSourceRegionValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches(@"^\s*([0-9]{6}|[A-Za-z]{2})\s*$"); // trimmed and upper-cased by the handler
        RuleFor(x => x.Name).NotEmpty().MaximumLength(SourceRegion.NameMaxLength);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(SourceRegion.NameMaxLength);
    }
}

public sealed class CreateSourceRegionHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateSourceRegionCommand, SourceRegionDto>
{
    public async ValueTask<SourceRegionDto> Handle(CreateSourceRegionCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        var kind = SourceRegion.RequireKindOf(code);
        if (await db.SourceRegions.IgnoreQueryFilters().AnyAsync(r => r.Code == code, cancellationToken))
        {
            throw DomainRuleException.Conflict("region.code-taken", $"Source region '{code}' already exists.");
        }

        var parent = SourceRegion.ParentOf(code);
        if (parent is not null && !await db.SourceRegions.AnyAsync(r => r.Code == parent, cancellationToken))
        {
            throw DomainRuleException.Invalid("region.province-missing", $"The province {parent} of '{code}' does not exist; add it first.");
        }

        var last = await db.SourceRegions.IgnoreQueryFilters()
            .Where(r => r.Kind == kind && r.ParentCode == parent)
            .MaxAsync(r => (int?)r.SortOrder, cancellationToken) ?? 0;
        var region = SourceRegion.Create(code, command.Name, command.NameEn, last + 1, user.UserId, clock.GetUtcNow());
        db.SourceRegions.Add(region);
        await db.SaveChangesAsync(cancellationToken);
        return region.ToDto();
    }
}
