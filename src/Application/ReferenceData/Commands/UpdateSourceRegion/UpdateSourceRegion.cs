using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.ReferenceData.Commands.UpdateSourceRegion;

/// <summary>
/// Renames (Chinese and English), deactivates or reactivates a source region. The code, and so its kind and province, is fixed.
/// Deactivating is always safe: filings keep the region; it is refused as a new value (<c>region.inactive</c>).
/// </summary>
public sealed record UpdateSourceRegionCommand(string Code, string Name, string NameEn, bool IsActive, int Version) : ICommand<SourceRegionDto>;

public sealed class UpdateSourceRegionValidator : AbstractValidator<UpdateSourceRegionCommand>
{
    public UpdateSourceRegionValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(SourceRegion.NameMaxLength);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(SourceRegion.NameMaxLength);
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class UpdateSourceRegionHandler(IApplicationDbContext db) : ICommandHandler<UpdateSourceRegionCommand, SourceRegionDto>
{
    public async ValueTask<SourceRegionDto> Handle(UpdateSourceRegionCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        var region = await db.SourceRegions.FirstOrDefaultAsync(r => r.Code == code, cancellationToken)
            ?? throw new NotFoundException(nameof(SourceRegion), code);
        db.ExpectVersion(region, command.Version);
        region.Rename(command.Name, command.NameEn);
        region.SetActive(command.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return region.ToDto();
    }
}
