using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Ambassadors.Commands.ReappointAmbassador;

/// <summary>续聘: a new appointment for the next year (a new row) with a new certificate number, free in that year.</summary>
public sealed record ReappointAmbassadorCommand(Guid Id, string CertificateNumber, DateOnly? AppointedOn = null) : ICommand<AmbassadorDto>;

public sealed class ReappointAmbassadorValidator : AbstractValidator<ReappointAmbassadorCommand>
{
    public ReappointAmbassadorValidator()
    {
        RuleFor(x => x.CertificateNumber).NotEmpty().MaximumLength(Ambassador.CertificateNumberMaxLength).SingleLineText();
        RuleFor(x => x.AppointedOn).InDateRange();
    }
}

public sealed class ReappointAmbassadorHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReappointAmbassadorCommand, AmbassadorDto>
{
    public async ValueTask<AmbassadorDto> Handle(ReappointAmbassadorCommand command, CancellationToken cancellationToken)
    {
        var ambassador = await db.Ambassadors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Ambassador), command.Id);
        await AmbassadorQueries.EnsureCertificateFreeAsync(db, ambassador.Year + 1, command.CertificateNumber, null, cancellationToken);
        var next = ambassador.Reappoint(command.CertificateNumber, command.AppointedOn, user.UserId, clock.GetUtcNow());
        db.Ambassadors.Add(next);
        await AmbassadorSaving.SaveAsync(db, cancellationToken);
        return await AmbassadorQueries.ReadAsync(db, user, next.Id, cancellationToken);
    }
}
